// Sizes of the load run, from the environment (see index.ts).
import { availableParallelism } from 'node:os';

export interface LoadBenchSizes {
  devices: number;
  seconds: number;
  perWorkspace: number;
  workIntervalMs: number;
  batchDevices: number;
  batchPushes: number;
  /** The server's worker processes (ATTACHE_WORKERS): one per core unless told. */
  workers: number;
}

export function loadBenchSizes(env: NodeJS.ProcessEnv = process.env): LoadBenchSizes {
  const int = (name: string, fallback: number, min: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}`);
    return value;
  };
  return {
    devices: int('BENCH_LOAD_DEVICES', 200, 2),
    seconds: int('BENCH_LOAD_SECONDS', 120, 5),
    perWorkspace: int('BENCH_LOAD_WORKSPACE_DEVICES', 10, 2),
    workIntervalMs: int('BENCH_LOAD_WORK_MS', 4000, 100),
    batchDevices: int('BENCH_LOAD_BATCH_DEVICES', 4, 1),
    batchPushes: int('BENCH_LOAD_BATCH_PUSHES', 10, 1),
    workers: int('BENCH_LOAD_WORKERS', availableParallelism(), 1),
  };
}

export const loadRunName = ({ devices, seconds }: LoadBenchSizes) => `load: ${devices} devices for ${seconds} s on PostgreSQL`;
