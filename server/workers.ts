/**
 * `ATTACHE_WORKERS` above 1: the server runs as that many worker processes sharing its port
 * (node:cluster), so a machine with several cores uses them. One Node process runs its JavaScript
 * on one core, and a batched push spends most of its time there (validating, merging, writing
 * out the rows), so one process tops out at about one core's worth of pushes.
 *
 * Each worker is a whole instance on the same PostgreSQL, as several instances behind a proxy
 * are (README "Several instances"): pokes cross between them by LISTEN/NOTIFY, migrations take
 * turns on an advisory lock, and each keeps its own rate-limit counters. This process only
 * supervises: it starts the workers, starts another when one dies after it was serving, stops the
 * server when one cannot start (a refused start is not retried in a loop: its exit code becomes
 * the server's, for the supervisor to read), and passes SIGINT/SIGTERM on.
 */
import cluster, { type Worker } from 'node:cluster';

/** The few pino calls the supervisor makes. */
export interface SupervisorLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** How long stopping workers may take before they are killed: a push in flight is rolled back then. */
const stopGraceMs = 30_000;

export function superviseWorkers(count: number, log: SupervisorLog): void {
  const live = new Set<Worker>();
  const serving = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  const start = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once('listening', () => serving.add(worker));
  };

  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    log.info({ signal }, 'stopping the workers');
    for (const worker of live) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of live) worker.process.kill('SIGKILL');
    }, stopGraceMs).unref();
    if (live.size === 0) process.exit(exitCode);
  };

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    const wasServing = serving.delete(worker);
    if (stopping) {
      if (live.size === 0) process.exit(exitCode);
      return;
    }
    const fields = { workerPid: worker.process.pid, code, signal };
    if (!wasServing) {
      // It died before listening: the data folder, the database or the configuration refused it,
      // and every worker would meet the same refusal. Its own line on stderr says why.
      log.error(fields, 'a worker could not start; stopping the server');
      stop('SIGTERM', code ?? 1);
      return;
    }
    log.warn(fields, 'a worker ended; starting another');
    start();
  });

  process.on('SIGINT', () => stop('SIGINT', 0));
  process.on('SIGTERM', () => stop('SIGTERM', 0));
  for (let i = 0; i < count; i++) start();
  log.info({ workers: count }, 'starting the workers');
}
