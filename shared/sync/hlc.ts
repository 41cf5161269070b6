/**
 * Hybrid logical clock (SYNC-PROTOCOL.md "HLC").
 *
 * An `Hlc` is a string whose lexical order is its causal order:
 * `<wall-clock ms, 15 digits>-<counter, base 36, 5 chars>-<deviceId>`.
 * Invariants kept by every clock made here:
 * - every `tick()` returns a value strictly greater than every value it returned before and than
 *   every remote value passed to `receive()`, even when the wall clock goes backwards;
 * - values from two devices never compare equal (the device id breaks ties).
 */
export type Hlc = string;

export interface HlcParts {
  ms: number;
  counter: number;
  deviceId: string;
}

export interface HlcClock {
  /** Advances the clock for a local change and returns its timestamp. */
  tick(): Hlc;
  /** Advances the clock past a timestamp seen from elsewhere (a pulled row, a stored last value). */
  receive(remote: Hlc): void;
}

const msWidth = 15;
const counterWidth = 5;
/** Largest counter that still fits in its 5 base-36 characters (so lexical order stays causal). */
const maxCounter = 36 ** counterWidth - 1;
const hlcPattern = /^(\d{15})-([0-9a-z]{5})-(.+)$/;

export class InvalidHlcError extends Error {
  constructor(readonly value: string) {
    super(`Invalid HLC: ${JSON.stringify(value)}`);
    this.name = 'InvalidHlcError';
  }
}

export function formatHlc({ ms, counter, deviceId }: HlcParts): Hlc {
  return `${ms.toString().padStart(msWidth, '0')}-${counter.toString(36).padStart(counterWidth, '0')}-${deviceId}`;
}

/** Splits an HLC into its parts; throws `InvalidHlcError` on anything not made by `formatHlc`. */
export function parseHlc(value: Hlc): HlcParts {
  const match = hlcPattern.exec(value);
  if (!match) throw new InvalidHlcError(value);
  return { ms: Number(match[1]), counter: parseInt(match[2] as string, 36), deviceId: match[3] as string };
}

export function isHlc(value: string): boolean {
  return hlcPattern.test(value);
}

/**
 * Creates a clock for one device. `now` is injectable so tests can move the wall clock backwards.
 * A device id must not contain characters that sort oddly; UUIDs are what callers pass.
 */
export function createHlcClock(deviceId: string, now: () => number = Date.now): HlcClock {
  let lastMs = 0;
  let counter = 0;

  // When the counter would overflow its width, borrow one millisecond instead: the result still
  // sorts after everything before it, which is the only property callers rely on.
  const bump = (ms: number, next: number) => {
    if (next > maxCounter) {
      lastMs = ms + 1;
      counter = 0;
    } else {
      lastMs = ms;
      counter = next;
    }
  };

  return {
    tick() {
      const wall = Math.floor(now());
      if (wall > lastMs) bump(wall, 0);
      else bump(lastMs, counter + 1);
      return formatHlc({ ms: lastMs, counter, deviceId });
    },
    receive(remote) {
      const r = parseHlc(remote);
      const wall = Math.floor(now());
      const ms = Math.max(lastMs, r.ms, wall);
      if (ms === lastMs && ms === r.ms) bump(ms, Math.max(counter, r.counter) + 1);
      else if (ms === lastMs) bump(ms, counter + 1);
      else if (ms === r.ms) bump(ms, r.counter + 1);
      else bump(ms, 0);
    },
  };
}
