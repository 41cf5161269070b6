// What /proc says about the server process of the load run: its resident memory and CPU time.
import { readFile } from 'node:fs/promises';
import type { Sql } from '../../server/db/sql';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const clockTicks = 100;

/** Resident memory of `pid` now (VmRSS of /proc/<pid>/status), in MiB. */
export async function rssMb(pid: number): Promise<number> {
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
 * its LISTEN connection, this bench's own connection), by pid: a delta over backends alive at
 * both ends tells how busy the database was. Needs the database on this machine (/proc).
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

/** Seconds used between two `databaseCpuSeconds` readings, by the backends present in both. */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, s] of after) total += s - (before.get(pid) ?? s);
  return total;
}
