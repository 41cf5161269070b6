import type { KeyPress } from './featureModule';

/**
 * Shortcut matchers. Letters match by physical key (`code`), since Alt+N types "˜" on a Mac and
 * a Vietnamese Telex layout rewrites letters; symbols match by `key`, which is what the user sees.
 */
const noModifiers = (p: KeyPress) => !p.altKey && !p.ctrlKey && !p.metaKey;

/** Ctrl+<letter> (Cmd on a Mac), optionally with Shift. */
export const ctrlKey =
  (letter: string, { shift = false } = {}) =>
  (p: KeyPress) =>
    (p.ctrlKey || p.metaKey) && p.shiftKey === shift && !p.altKey && p.code === `Key${letter}`;

/** Alt+<letter> (Option on a Mac). */
export const altKey = (letter: string) => (p: KeyPress) =>
  p.altKey && !p.ctrlKey && !p.metaKey && p.code === `Key${letter}`;

/** A single printable key such as `/` or `?`. */
export const plainKey = (key: string) => (p: KeyPress) => noModifiers(p) && p.key === key;
