// What /proc says about the server of the load run: its resident memory and CPU time, summed over
// its process and its workers (ATTACHE_WORKERS: the supervisor's children).
import { readFile } from 'node:fs/promises';
import type { Sql } from '../../server/db/sql';
import { childProcessIds } from '../../server/testing/serverProcess';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const clockTicks = 100;

/** The sum of `measure` over `pid` and its children (a child that ended meanwhile adds nothing). */
async function overServer(pid: number, measure: (pid: number) => Promise<number>): Promise<number> {
  const values = await Promise.all([pid, ...childProcessIds(pid)].map((p) => measure(p).catch(() => 0)));
  return values.reduce((a, b) => a + b, 0);
}

/** Resident memory of the server `pid` and its workers now (VmRSS of /proc/<pid>/status), in MiB. */
export const serverRssMb = (pid: number): Promise<number> => overServer(pid, rssMb);

/** CPU seconds the server `pid` and its workers have used so far. */
export const serverCpuSeconds = (pid: number): Promise<number> => overServer(pid, cpuSeconds);

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]) / 1024;
}

/** CPU seconds (user + system) `pid` has used so far (/proc/<pid>/stat). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // After the command name (which may hold spaces): state is field 3, utime and stime 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Lines at level error or fatal (pino 50, 60) in a server's JSON log. */
export const loggedErrors = (log: string) => (log.match(/"level":(50|60),/g) ?? []).length;

/**
 * CPU seconds used so far by the PostgreSQL backends serving this database (the server's pool,
 * its LISTEN connection, this bench's own connection), by pid: a delta of two readings tells how
 * busy the database was. Needs the database on this machine (/proc).
 */
export async function databaseCpuSeconds(sql: Sql): Promise<Map<number, number>> {
  const backends = await sql.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  const seconds = new Map<number, number>();
  for (const { pid } of backends) {
    // A backend that ended meanwhile, or a database on another machine: nothing to add.
    await cpuSeconds(pid).then((s) => seconds.set(pid, s), () => undefined);
  }
  return seconds;
}

/**
 * Seconds used between two `databaseCpuSeconds` readings by the backends alive at the second: a
 * backend first seen there started in between, so all its time counts (a server's workers open
 * connections as their load grows). One that ended in between is missed.
 */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, s] of after) total += s - (before.get(pid) ?? 0);
  return total;
}
