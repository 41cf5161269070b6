// Batched push throughput on the load run's server: a few laptops of different offices each send
// the list of new cases they imported, at the same time, in full pushes of 1,000 (bench/sync/push.ts,
// the pushes of the one-device sync benchmark, run here concurrently against the deployed server).
// Each laptop's outbox is stamped and serialised before the clock starts, as a real laptop does on
// its own machine: what the laptops cost here is only sending, shown beside the server's share.
import { availableParallelism, loadavg } from 'node:os';
import type { Sql } from '../../server/db/sql';
import { createEnrollmentCode } from '../../server/services/enrollment';
import { addMember, createWorkspace } from '../../server/services/workspaces';
import type { EnrollResponse } from '../../shared/sync/wire';
import { syntheticCases } from '../syntheticCases';
import { countLabel, type BenchEntry } from '../sync/entry';
import { outboxOfNewCases, sendOutbox } from '../sync/push';
import { benchIds, quantile, round } from '../sync/stats';
import type { BenchDevice } from '../sync/syncServer';
import { deviceAddress, deviceHttp } from './deviceHttp';
import type { ServerProcess } from '../../server/testing/serverProcess';
import { cpuSecondsBetween, databaseCpuSeconds, serverCpuSeconds, serverRssMb } from './processStats';

const perPush = 1000;
/** Pushes each laptop sends before the timed ones. */
const warmUpPushes = 3;
const targetRate = 15_000;

export async function measureBatchedPushes(options: {
  sql: Sql;
  server: ServerProcess;
  /** The server's worker processes (ATTACHE_WORKERS). */
  workers: number;
  devices: number;
  pushes: number;
  /** The first laptop address not used by the load run's fleet. */
  firstAddress: number;
}): Promise<BenchEntry> {
  const { sql, server, workers, devices, pushes } = options;
  const importers: BenchDevice[] = [];
  for (let i = 0; i < devices; i++) importers.push(await enrollImporter(sql, server.url, options.firstAddress + i));
  const listSize = (warmUpPushes + pushes) * perPush;
  const outboxes = importers.map((device, i) => outboxOfNewCases(device, syntheticCases(listSize, benchIds(listSize, 50 + i), 50 + i)));
  // Each laptop's first pushes are sent before the clock: the fleet's small pushes leave the server's
  // path for a 1,000-row batch cold (its statements, its JIT, its heap's young generation), and with
  // several workers each one meets that alone. The rate is the steady one a running server keeps.
  await Promise.all(importers.map((device, i) => sendOutbox(server.url, device, (outboxes[i] as string[]).splice(0, warmUpPushes))));
  // The fleet's leftovers and the outboxes' making are collected now, not on the laptops' clock
  // inside the window (they share the cores with the server). `npm run bench` runs with --expose-gc.
  globalThis.gc?.();

  const loadBefore = round(loadavg()[0] as number, 2);
  const cpuBefore = await serverCpuSeconds(server.pid);
  const databaseCpuBefore = await databaseCpuSeconds(sql);
  const laptopsCpuBefore = process.cpuUsage();
  const started = performance.now();
  const times = (await Promise.all(importers.map((device, i) => sendOutbox(server.url, device, outboxes[i] as string[])))).flat();
  const elapsedS = (performance.now() - started) / 1000;
  const laptopsCpu = process.cpuUsage(laptopsCpuBefore);
  const laptopsCpuS = (laptopsCpu.user + laptopsCpu.system) / 1e6;
  const cpuS = (await serverCpuSeconds(server.pid)) - cpuBefore;
  const databaseCpuS = cpuSecondsBetween(databaseCpuBefore, await databaseCpuSeconds(sql));
  const total = devices * pushes * perPush;
  const rate = total / elapsedS;
  // On a shared machine the wall-clock rate says more about the neighbours than about the server;
  // the CPU each mutation cost the server and PostgreSQL does not, and bounds the rate they could
  // reach with every core to themselves.
  const cpuMicrosPerMutation = ((cpuS + databaseCpuS) / total) * 1e6;
  process.stdout.write(
    `  batched pushes: ${round(rate, 0)} mutations/s (${devices} laptops × ${pushes} × ${perPush}, server of ${workers} worker(s)); server + PostgreSQL CPU ${round(cpuMicrosPerMutation)} µs a mutation\n`,
  );
  return {
    name: `load: batched push throughput on PostgreSQL (${devices} laptops × ${pushes} pushes × ${countLabel(perPush)} new cases, at once)`,
    serverWorkers: workers,
    warmUpPushesPerLaptop: warmUpPushes,
    mutationsPerSecond: round(rate, 0),
    mutations: total,
    wallMs: round(elapsedS * 1000),
    pushP50Ms: round(quantile(times, 0.5)),
    pushP99Ms: round(quantile(times, 0.99)),
    serverCpuPercentOfOneCore: round((cpuS / elapsedS) * 100),
    postgresCpuPercentOfOneCore: round((databaseCpuS / elapsedS) * 100),
    laptopsCpuPercentOfOneCore: round((laptopsCpuS / elapsedS) * 100),
    serverCpuMicrosPerMutation: round((cpuS / total) * 1e6),
    postgresCpuMicrosPerMutation: round((databaseCpuS / total) * 1e6),
    laptopsCpuMicrosPerMutation: round((laptopsCpuS / total) * 1e6),
    cpuBoundMutationsPerSecond: round((availableParallelism() * 1e6) / cpuMicrosPerMutation, 0),
    serverRssAfterMb: round(await serverRssMb(server.pid)),
    cores: availableParallelism(),
    loadAverage: { before: loadBefore, after: round(loadavg()[0] as number, 2) },
    notes:
      'each laptop is in an office of its own and sends its 1,000-case pushes one after the other, all laptops at once, to the server of the load run (after its fleet stopped); ' +
      `each laptop first sends ${warmUpPushes} pushes of its list before the clock starts (a warm-up, not counted), then its ${pushes} timed ones; ` +
      'the pushes are stamped and serialised before the clock starts (until 2026-12-07 that happened inside the timed window, costing these shared cores 10-15 µs a mutation more); ' +
      'rate = all mutations / wall time from the first push sent to the last answer; every mutation must be applied; ' +
      'cpuBoundMutationsPerSecond = cores / (server + PostgreSQL CPU per mutation): the rate if nothing else (not even the laptops) used the cores',
    target: `>= ${targetRate} mutations/s`,
    met: rate >= targetRate,
  };
}

/** A laptop of a new office, enrolled over HTTP from its own address. */
async function enrollImporter(sql: Sql, serverUrl: string, addressIndex: number): Promise<BenchDevice> {
  const workspace = await createWorkspace(sql, { name: `Load: importing office ${addressIndex}` });
  const member = await addMember(sql, { workspaceId: workspace.id, name: 'Importing officer', role: 'member' });
  const { code } = await createEnrollmentCode(sql, { memberId: member.id });
  const http = deviceHttp(serverUrl, deviceAddress(addressIndex));
  try {
    const enrolled = await http.postJson<EnrollResponse>('/v1/devices/enroll', { code, deviceName: 'Importing laptop' });
    return { deviceId: enrolled.deviceId, token: enrolled.token, workspaceId: workspace.id, nextMutationId: 1 };
  } finally {
    http.close();
  }
}
