/** Where this device remembers which reminders it showed (record, deadline, due date, day). */
const storageKey = 'attache-reminders-notified';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The keys notified on `today`. Keys end with their day, so those of other days are dropped as
 * the log is read: it never holds more than one day's reminders.
 */
export function readNotified(storage: StorageLike, today: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]');
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((k): k is string => typeof k === 'string' && k.endsWith(`/${today}`)));
  } catch {
    return new Set();
  }
}

/** Adds `keys` to today's log. */
export function recordNotified(storage: StorageLike, today: string, keys: readonly string[]): void {
  const all = readNotified(storage, today);
  for (const key of keys) all.add(key);
  storage.setItem(storageKey, JSON.stringify([...all]));
}
