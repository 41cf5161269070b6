import { formatHlc, parseHlc, type Hlc } from './hlc';

/** How far ahead of the server's clock a change's hlc may be before it is clamped (24 h). */
export const maxClockSkewMs = 24 * 60 * 60 * 1000;

/** Largest counter an hlc can carry (5 base-36 characters), see `hlc.ts`. */
const maxCounter = 36 ** 5 - 1;

/**
 * The hlc a change from a fast clock is merged with: unchanged when at most `maxClockSkewMs` ahead
 * of `serverNowMs`, else the ceiling `<serverNowMs + 24 h>-zzzzz-<same device>`.
 *
 * The ceiling is the largest hlc the device could have produced inside the window, so clamping is
 * `min(hlc, ceiling)` in lexical order: monotone (a device's later change never sorts before its
 * earlier one), still a valid hlc whose device id breaks ties, above every honest value of the
 * window and below every value a correct clock produces after it. A laptop a year fast therefore
 * wins concurrent edits for at most the tolerated 24 h, never for a year. Throws `InvalidHlcError`
 * on a malformed hlc.
 */
export function clampHlc(hlc: Hlc, serverNowMs: number): Hlc {
  const parts = parseHlc(hlc);
  const ceilingMs = Math.floor(serverNowMs) + maxClockSkewMs;
  if (parts.ms <= ceilingMs) return hlc;
  return formatHlc({ ms: ceilingMs, counter: maxCounter, deviceId: parts.deviceId });
}

/** The device id embedded in an hlc (the writer of the value it stamps), or null if malformed. */
export function writerOf(hlc: Hlc): string | null {
  try {
    return parseHlc(hlc).deviceId;
  } catch {
    return null;
  }
}
