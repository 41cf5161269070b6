// Loaded into the load run's server with NODE_OPTIONS=--import (BENCH_LOAD_CPU_PROF=<folder>):
// Node refuses --cpu-prof in NODE_OPTIONS, so the profile is taken through the inspector and
// written when the process exits (the server exits on SIGTERM). Open it in Chrome DevTools.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const folder = process.env.BENCH_LOAD_CPU_PROF;
if (folder) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  // The callback API of a same-thread session answers synchronously, so this runs within 'exit'.
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(folder, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
