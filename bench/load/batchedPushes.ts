// Batched push throughput on the load run's server: a few laptops of different offices each import
// a list of new cases at the same time, in full pushes of 1,000 (bench/sync/push.ts pushCases, the
// pushes of the one-device sync benchmark, run here concurrently against the deployed process).
import { availableParallelism, loadavg } from 'node:os';
import type { Sql } from '../../server/db/sql';
import { createEnrollmentCode } from '../../server/services/enrollment';
import { addMember, createWorkspace } from '../../server/services/workspaces';
import type { EnrollResponse } from '../../shared/sync/wire';
import { syntheticCases } from '../syntheticCases';
import { countLabel, type BenchEntry } from '../sync/entry';
import { pushCases } from '../sync/push';
import { benchIds, quantile, round } from '../sync/stats';
import type { BenchDevice } from '../sync/syncServer';
import { deviceAddress, deviceHttp } from './deviceHttp';
import type { ServerProcess } from '../../server/testing/serverProcess';
import { cpuSeconds, cpuSecondsBetween, databaseCpuSeconds, rssMb } from './processStats';

const perPush = 1000;
const targetRate = 15_000;

export async function measureBatchedPushes(options: {
  sql: Sql;
  server: ServerProcess;
  devices: number;
  pushes: number;
  /** The first laptop address not used by the load run's fleet. */
  firstAddress: number;
}): Promise<BenchEntry> {
  const { sql, server, devices, pushes } = options;
  const importers: BenchDevice[] = [];
  for (let i = 0; i < devices; i++) importers.push(await enrollImporter(sql, server.url, options.firstAddress + i));
  const lists = importers.map((_, i) => syntheticCases(pushes * perPush, benchIds(pushes * perPush, 50 + i), 50 + i));

  const loadBefore = round(loadavg()[0] as number, 2);
  const cpuBefore = await cpuSeconds(server.pid);
  const databaseCpuBefore = await databaseCpuSeconds(sql);
  const laptopsCpuBefore = process.cpuUsage();
  const started = performance.now();
  const times = (await Promise.all(importers.map((device, i) => pushCases(server.url, device, lists[i] as typeof lists[number])))).flat();
  const elapsedS = (performance.now() - started) / 1000;
  const laptopsCpu = process.cpuUsage(laptopsCpuBefore);
  const laptopsCpuS = (laptopsCpu.user + laptopsCpu.system) / 1e6;
  const cpuS = (await cpuSeconds(server.pid)) - cpuBefore;
  const databaseCpuS = cpuSecondsBetween(databaseCpuBefore, await databaseCpuSeconds(sql));
  const total = devices * pushes * perPush;
  const rate = total / elapsedS;
  // On a shared machine the wall-clock rate says more about the neighbours than about the server;
  // the CPU each mutation cost the server and PostgreSQL does not, and bounds the rate they could
  // reach with every core to themselves.
  const cpuMicrosPerMutation = ((cpuS + databaseCpuS) / total) * 1e6;
  process.stdout.write(
    `  batched pushes: ${round(rate, 0)} mutations/s (${devices} laptops × ${pushes} × ${perPush}); server + PostgreSQL CPU ${round(cpuMicrosPerMutation)} µs a mutation\n`,
  );
  return {
    name: `load: batched push throughput on PostgreSQL (${devices} laptops × ${pushes} pushes × ${countLabel(perPush)} new cases, at once)`,
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
    serverRssAfterMb: round(await rssMb(server.pid)),
    cores: availableParallelism(),
    loadAverage: { before: loadBefore, after: round(loadavg()[0] as number, 2) },
    notes:
      'each laptop is in an office of its own and sends its 1,000-case pushes one after the other, all laptops at once, to the server process of the load run (after its fleet stopped); ' +
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
