/**
 * Throttling of unlock attempts. PBKDF2 already costs ~0.3 s per guess; on top of it, after three
 * wrong passphrases each further attempt waits twice as long as the one before (5 s, 10 s, 20 s …
 * up to 5 minutes). Kept in localStorage so a reload does not reset it.
 */
export interface ThrottleState {
  failures: number;
  /** Epoch ms before which no attempt is taken. */
  notBefore: number;
}

const freeAttempts = 3;
const firstDelayMs = 5_000;
const maxDelayMs = 5 * 60_000;
const storageKey = 'attache.unlock.throttle';

export function afterFailure(state: ThrottleState, now: number): ThrottleState {
  const failures = state.failures + 1;
  const delay = failures < freeAttempts ? 0 : Math.min(maxDelayMs, firstDelayMs * 2 ** (failures - freeAttempts));
  return { failures, notBefore: now + delay };
}

/** Milliseconds still to wait before an attempt may be made (0: now). */
export function waitBeforeAttempt(state: ThrottleState, now: number): number {
  return Math.max(0, state.notBefore - now);
}

export const noFailures: ThrottleState = { failures: 0, notBefore: 0 };

export function loadThrottle(storage: Pick<Storage, 'getItem'> = localStorage): ThrottleState {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey) ?? 'null') as Partial<ThrottleState> | null;
    if (parsed && Number.isInteger(parsed.failures) && Number.isFinite(parsed.notBefore)) return { failures: parsed.failures!, notBefore: parsed.notBefore! };
  } catch {
    // A damaged entry counts as none: the passphrase derivation still slows every guess.
  }
  return noFailures;
}

export function saveThrottle(state: ThrottleState, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(storageKey, JSON.stringify(state));
}
