import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHlcClock, formatHlc, InvalidHlcError, parseHlc } from './hlc';

const deviceA = '0190a1b2-0000-7000-8000-00000000000a';
const deviceB = '0190a1b2-0000-7000-8000-00000000000b';

function manualClock(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => (t = v) };
}

describe('HLC', () => {
  it('keeps increasing when the wall clock jumps backwards', () => {
    const wall = manualClock(1_750_000_000_000);
    const clock = createHlcClock(deviceA, wall.now);
    const first = clock.tick();
    wall.set(1_700_000_000_000); // the laptop's clock was corrected by weeks
    const second = clock.tick();
    const third = clock.tick();
    expect(second > first).toBe(true);
    expect(third > second).toBe(true);
    expect(parseHlc(third).ms).toBe(1_750_000_000_000);
  });

  it('uses the wall clock again once it passes the last value', () => {
    const wall = manualClock(1000);
    const clock = createHlcClock(deviceA, wall.now);
    clock.tick();
    clock.tick();
    wall.set(2000);
    expect(parseHlc(clock.tick())).toEqual({ ms: 2000, counter: 0, deviceId: deviceA });
  });

  it('ticks past a remote value from a device whose clock is ahead', () => {
    const wall = manualClock(1000);
    const clock = createHlcClock(deviceA, wall.now);
    const remote = formatHlc({ ms: 5000, counter: 7, deviceId: deviceB });
    clock.receive(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toMatchObject({ ms: 5000, counter: 9 });
  });

  it('never goes back when receiving an older remote value', () => {
    const wall = manualClock(9000);
    const clock = createHlcClock(deviceA, wall.now);
    const before = clock.tick();
    clock.receive(formatHlc({ ms: 10, counter: 0, deviceId: deviceB }));
    expect(clock.tick() > before).toBe(true);
  });

  it('still sorts correctly when the counter would overflow its width', () => {
    const wall = manualClock(1000);
    const clock = createHlcClock(deviceA, wall.now);
    const remote = formatHlc({ ms: 1000, counter: 36 ** 5 - 1, deviceId: deviceB });
    clock.receive(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(next).toMatch(/^\d{15}-[0-9a-z]{5}-/);
  });

  it('rejects malformed values', () => {
    expect(() => parseHlc('1700000000000-0-x')).toThrow(InvalidHlcError);
    expect(() => createHlcClock(deviceA).receive('not an hlc')).toThrow(InvalidHlcError);
  });

  it('orders lexically exactly as causally, whatever the clocks do', () => {
    // Two devices exchange values while their wall clocks wander back and forth; every value a
    // device produces after seeing another must sort after it.
    const step = fc.record({
      device: fc.constantFrom(0, 1),
      wall: fc.integer({ min: 0, max: 2_000_000_000_000 }),
      action: fc.constantFrom('tick', 'send'),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const walls = [0, 0];
        const clocks = [deviceA, deviceB].map((id, i) => createHlcClock(id, () => walls[i] as number));
        const lastSeen: (string | null)[] = [null, null];
        for (const s of steps) {
          walls[s.device] = s.wall;
          const clock = clocks[s.device]!;
          const value = clock.tick();
          const previous = lastSeen[s.device] ?? null;
          if (previous !== null && !(value > previous)) return false;
          lastSeen[s.device] = value;
          if (s.action === 'send') {
            const other = 1 - s.device;
            clocks[other]!.receive(value);
            const reply = clocks[other]!.tick();
            if (!(reply > value)) return false;
            lastSeen[other] = reply;
          }
        }
        return true;
      }),
    );
  });
});
