import { DataDirNotWritable } from './dataDir';
import { DataDirInUse } from './pgliteLock';

/**
 * Exit code of a start that cannot succeed until an operator acts (sysexits' EX_CONFIG): a
 * supervisor told `RestartPreventExitStatus=78` (systemd) stops retrying instead of looping.
 */
export const cannotStartExitCode = 78;

/** Exit code of a start refused while another process holds the PGlite folder (EX_TEMPFAIL): retrying later may work. */
export const inUseExitCode = 75;

/** A data folder refused for a reason an operator can act on: its code, words and particulars. */
export interface DataDirRefusal {
  code: string;
  message: string;
  details: Record<string, unknown>;
  exitCode: number;
}

/**
 * What a refused data folder means, told the same by the server at start and by `npm run admin`:
 * one the server cannot write, or a PGlite folder another process holds. Null for anything else.
 */
export function dataDirRefusal(error: unknown): DataDirRefusal | null {
  if (error instanceof DataDirNotWritable) {
    return { code: error.code, message: error.message, details: { dataDir: error.dataDir, reason: error.reason }, exitCode: cannotStartExitCode };
  }
  if (error instanceof DataDirInUse) {
    return { code: error.code, message: error.message, details: { dataDir: error.dataDir, holderPid: error.holderPid }, exitCode: inUseExitCode };
  }
  return null;
}

/**
 * Ends a start refused for a known reason with one JSON line on stderr (the shape of the
 * server's other log lines: level, time, code, msg) naming the folder and the reason. Anything
 * else is re-thrown: Node prints it with its stack and exits 1.
 */
export function exitOnStartupFailure(error: unknown): never {
  const refusal = dataDirRefusal(error);
  if (!refusal) throw error;
  process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), code: refusal.code, ...refusal.details, msg: refusal.message })}\n`);
  process.exit(refusal.exitCode);
}
