import { createHlcClock, type Hlc, type HlcClock } from '../../shared/sync';
import type { AttacheDb } from './AttacheDb';

interface ClockState {
  deviceId: string;
  clock: HlcClock;
  /** Wall clock of the commit in progress (commits are processed synchronously, one at a time). */
  now: () => number;
}

const clocks = new WeakMap<AttacheDb, ClockState>();

/**
 * The HLC clock of a database for one device. One clock per open database so its values keep
 * increasing across commits; each commit also `receive`s the last stamped value stored in meta,
 * so values keep increasing across restarts even when the wall clock went backwards meanwhile.
 */
export function clockFor(db: AttacheDb, deviceId: string, lastStored: Hlc | undefined, now: () => number): HlcClock {
  let state = clocks.get(db);
  if (!state || state.deviceId !== deviceId) {
    const fresh: ClockState = { deviceId, now, clock: createHlcClock(deviceId, () => fresh.now()) };
    state = fresh;
    clocks.set(db, state);
  }
  state.now = now;
  if (lastStored) state.clock.receive(lastStored);
  return state.clock;
}
