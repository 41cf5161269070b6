import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root: the child runs `server/main.ts` from there, as `npm run server` does. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What a server process is started with: exactly the variables an operator would set. */
export interface ServerProcessOptions {
  /** PGlite's data folder, and the blob folder on either storage. */
  dataDir: string;
  /** PostgreSQL instead of PGlite. The test's own DATABASE_URL is never passed on implicitly. */
  databaseUrl?: string;
  /** A fixed port (a restart keeps its port); a free one is picked when absent. */
  port?: number;
  /** Further variables (LOG_LEVEL, ATTACHE_RATE_LIMIT…). */
  env?: Record<string, string>;
  /**
   * Another user to run as (the test must be root): root writes through any mode bits, so a
   * folder without write permission only shows as one to a normal user.
   */
  runAs?: { uid: number; gid: number };
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running `node --import tsx server/main.ts`, as a deployment runs it. */
export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly options: ServerProcessOptions;
  readonly pid: number;
  /** Everything the process wrote so far (pino's JSON lines go to stdout). */
  stdout(): string;
  stderr(): string;
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<ExitStatus>;
  /** Sends `signal` (SIGKILL: a crash, no clean-up at all) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<ExitStatus>;
  /** A new process on the same storage and port (after `kill`). */
  restart(): Promise<ServerProcess>;
}

/** Children still running, ended if the test process exits first (a failed test, a timeout). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Only what `server/config.ts` reads from the environment is set here; the rest is inherited. */
const serverVariables = ['DATABASE_URL', 'PORT', 'HOST', 'ATTACHE_DATA_DIR', 'ATTACHE_WEB_ORIGINS', 'LOG_LEVEL', 'ATTACHE_RATE_LIMIT', 'ATTACHE_WORKERS'];

function spawnServer(options: ServerProcessOptions, port: number): { child: ChildProcess; out: string[]; err: string[]; exited: Promise<ExitStatus> } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of serverVariables) delete env[name];
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: String(port),
    ATTACHE_DATA_DIR: options.dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.runAs,
  });
  running.add(child);
  const out: string[] = [];
  const err: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => out.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => err.push(chunk));
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return { child, out, err, exited };
}

/**
 * Starts the server as a child process and resolves once `GET /v1/health` answers 200. Rejects,
 * with what the process printed, if it exits first or is not ready within `readyTimeoutMs`
 * (a cold tsx start plus PGlite's first initdb takes tens of seconds on a busy 2-core machine).
 */
export async function startServerProcess(options: ServerProcessOptions, readyTimeoutMs = 120_000): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const { child, out, err, exited } = spawnServer(options, port);
  const url = `http://127.0.0.1:${port}`;
  const handle: ServerProcess = {
    url,
    port,
    options,
    pid: child.pid ?? -1,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    restart: () => startServerProcess({ ...options, port }, readyTimeoutMs),
  };
  let ended: ExitStatus | null = null;
  void exited.then((status) => (ended = status));
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (ended) throw new Error(`The server exited before it was ready (${describeExit(ended)}):\n${handle.stderr()}${handle.stdout()}`);
    if (await answersHealth(url)) return handle;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await handle.kill();
  throw new Error(`The server was not ready within ${readyTimeoutMs} ms:\n${handle.stderr()}${handle.stdout()}`);
}

/** Runs the server expecting it to stop by itself (a refused start): its exit status and output. */
export async function runServerToExit(
  options: ServerProcessOptions,
  timeoutMs = 60_000,
): Promise<ExitStatus & { stdout: string; stderr: string }> {
  const { child, out, err, exited } = spawnServer(options, options.port ?? (await freePort()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const status = await exited;
  clearTimeout(timer);
  return { ...status, stdout: out.join(''), stderr: err.join('') };
}

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** A port nothing listens on right now (the kernel's pick, released at once). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const describeExit = (status: ExitStatus) => (status.signal ? `signal ${status.signal}` : `exit code ${status.code}`);

/** The processes `pid` started and that still run: a server's workers (ATTACHE_WORKERS), if any. */
export function childProcessIds(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}
