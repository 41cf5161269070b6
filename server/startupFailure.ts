import { DataDirNotWritable } from './dataDir';
import { DataDirInUse } from './pgliteLock';

/**
 * Exit code of a start that cannot succeed until an operator acts (sysexits' EX_CONFIG): a
 * supervisor told `RestartPreventExitStatus=78` (systemd) stops retrying instead of looping.
 */
export const cannotStartExitCode = 78;

/** Exit code of a start refused while another process holds the PGlite folder (EX_TEMPFAIL): retrying later may work. */
export const inUseExitCode = 75;

/**
 * Ends a start refused for a known reason with one JSON line on stderr (the shape of the
 * server's other log lines: level, time, code, msg) naming the folder and the reason. Anything
 * else is re-thrown: Node prints it with its stack and exits 1.
 */
export function exitOnStartupFailure(error: unknown): never {
  if (error instanceof DataDirNotWritable) {
    refuse({ code: error.code, dataDir: error.dataDir, reason: error.reason, msg: error.message }, cannotStartExitCode);
  }
  if (error instanceof DataDirInUse) {
    refuse({ code: error.code, dataDir: error.dataDir, holderPid: error.holderPid, msg: error.message }, inUseExitCode);
  }
  throw error;
}

function refuse(fields: { code: string; msg: string } & Record<string, unknown>, exitCode: number): never {
  process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), ...fields })}\n`);
  process.exit(exitCode);
}
