/**
 * The administration CLI (SYNC-PROTOCOL.md "Administration"): `npm run --silent admin -- <command>`.
 * A command prints exactly one JSON object on stdout: the result, or `{ "error": { code, message } }`
 * with exit code 1. `--help` prints the usage on stdout (exit 0); a mistake on the command line is
 * told in words with the usage on stderr, nothing on stdout, exit code 2. With DATABASE_URL it works on PostgreSQL directly (safe beside running servers);
 * with PGlite it asks the running server over the local admin channel, or, when none runs, opens
 * the data folder itself.
 */
import { executeAdminCommand } from './admin/execute';
import { parseAdminCli } from './admin/parseAdminCli';
import { readConfig } from './config';
import { ServiceError } from './services/errors';
import { dataDirRefusal } from './startupFailure';

async function main(): Promise<number> {
  const request = parseAdminCli(process.argv.slice(2));
  if (request.kind === 'help') {
    process.stdout.write(request.text);
    return 0;
  }
  if (request.kind === 'usage-error') {
    process.stderr.write(`${request.message}\n\n${request.usage}`);
    return 2;
  }
  try {
    const result = await executeAdminCommand(readConfig(), request.command);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    const body = knownFailure(error);
    if (!body) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.stdout.write(`${JSON.stringify({ error: body ?? { code: 'internal', message: 'The command failed; see the message on standard error' } })}\n`);
    return 1;
  }
}

/**
 * A refusal the operator can act on, told as such with no stack trace: the service's own, and a
 * PGlite folder another process holds (a server still starting, another command) or that cannot
 * be written, which the server reports at start in the same words (startupFailure.ts).
 */
function knownFailure(error: unknown): { code: string; message: string; details?: unknown } | null {
  if (error instanceof ServiceError) return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  const refusal = dataDirRefusal(error);
  return refusal && { code: refusal.code, message: refusal.message, details: refusal.details };
}

process.exitCode = await main();
