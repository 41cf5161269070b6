import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { makeTestDb } from '../db/testDb';
import { DataKey } from '../security/keyring';
import type { KeyringStore } from '../security/keyringStore';
import { beforeLockTimeoutMs, lockSession, onBeforeLock, sessionKey, unlockSession } from '../security/session';
import { DraftKeeper } from './DraftKeeper';
import { draftKey, loadFormDraft, newRecord } from './formDrafts';

const pristine = { title: '', summary: '', parties: [] as { id: string; name: string }[] };
const typed = { title: 'Aluminium extrusions via Malaysia', summary: 'Suspected transshipment', parties: [] };
const key = draftKey('case', newRecord);
const quiet = 30;

function setUp() {
  const factory = new IDBFactory();
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const dataKey = new DataKey(bytes.slice());
  const db = makeTestDb('attache-ws-drafts', { dataKey }, factory);
  /** The same key again, as the next unlock unwraps it (locking overwrote `dataKey`). */
  const unlockAgain = () => new DataKey(bytes.slice());
  return { db, dataKey, factory, unlockAgain };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DraftKeeper', () => {
  it('writes the values after a pause in typing, sealed, with the new record id, the base and the focused field', async () => {
    const { db, factory } = setUp();
    const keeper = new DraftKeeper(db, key, {
      pristine,
      base: { caseId: 'c-1' },
      newRecordId: 'c-1',
      delayMs: quiet,
      readFocus: () => ({ name: 'summary', caret: 11 }),
      now: () => new Date('2026-03-02T08:15:00Z'),
    });
    keeper.change({ ...typed, summary: 'Susp' });
    keeper.change(typed);
    expect(await loadFormDraft(db, 'case', newRecord)).toBeNull();
    await vi.waitFor(async () => expect(await loadFormDraft(db, 'case', newRecord)).not.toBeNull());
    expect(await loadFormDraft(db, 'case', newRecord)).toEqual({
      key,
      values: typed,
      base: { caseId: 'c-1' },
      newRecordId: 'c-1',
      focus: { name: 'summary', caret: 11 },
      savedAt: '2026-03-02T08:15:00.000Z',
    });

    // Nothing typed is in clear on disk: only the key.
    const raw = makeTestDb('attache-ws-drafts', { dataKey: undefined }, factory);
    const stored = (await raw.formDrafts.get(key)) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['key', 'sealed']);
    expect(JSON.stringify([...(stored.sealed as Uint8Array)])).not.toContain('Aluminium');
    raw.close();
  });

  it('keeps a copy of the values as they were, not the form object it goes on changing', async () => {
    const { db } = setUp();
    const keeper = new DraftKeeper(db, key, { pristine, delayMs: quiet });
    const live = { ...typed };
    keeper.change(live);
    live.title = 'changed after';
    await keeper.flush();
    expect((await loadFormDraft(db, 'case', newRecord))?.values).toEqual(typed);
  });

  it('deletes the draft when the values are back to the saved ones', async () => {
    const { db } = setUp();
    const keeper = new DraftKeeper(db, key, { pristine, delayMs: quiet });
    keeper.change(typed);
    await keeper.flush();
    keeper.change(pristine);
    await keeper.flush();
    expect(await loadFormDraft(db, 'case', newRecord)).toBeNull();
  });

  it('rewrites the draft when only the focus moves, and not while the form is unchanged', async () => {
    const { db } = setUp();
    let focus = { name: 'title' };
    const keeper = new DraftKeeper(db, key, { pristine, delayMs: quiet, readFocus: () => focus });
    keeper.focusMoved();
    await keeper.flush();
    expect(await loadFormDraft(db, 'case', newRecord)).toBeNull();
    keeper.change(typed);
    await keeper.flush();
    focus = { name: 'summary' };
    keeper.focusMoved();
    await keeper.flush();
    expect((await loadFormDraft(db, 'case', newRecord))?.focus).toEqual({ name: 'summary' });
  });

  it('after a save (finish) deletes the draft, even with keystrokes pending, and keeps nothing more', async () => {
    const { db } = setUp();
    const keeper = new DraftKeeper(db, key, { pristine, delayMs: quiet });
    keeper.change(typed);
    await keeper.flush();
    keeper.change({ ...typed, title: 'one more keystroke' });
    await keeper.finish();
    keeper.change({ ...typed, title: 'typed after the save' });
    await keeper.flush();
    await new Promise((resolve) => setTimeout(resolve, quiet * 3));
    expect(await loadFormDraft(db, 'case', newRecord)).toBeNull();
  });

  it('after discarding, keeps the next changes again', async () => {
    const { db } = setUp();
    const keeper = new DraftKeeper(db, key, { pristine, initial: typed, delayMs: quiet });
    await keeper.discard();
    expect(await loadFormDraft(db, 'case', newRecord)).toBeNull();
    keeper.change({ ...pristine, title: 'A fresh start' });
    await keeper.flush();
    expect((await loadFormDraft(db, 'case', newRecord))?.values).toMatchObject({ title: 'A fresh start' });
  });
});

describe('locking with a draft pending', () => {
  it('writes the last keystrokes, sealed with the key, before the lock forgets it', async () => {
    const { db, dataKey, factory, unlockAgain } = setUp();
    // The session holds the very key the database seals with, as in the app.
    unlockSession(dataKey, {} as KeyringStore);
    const keeper = new DraftKeeper(db, key, { pristine, delayMs: 10_000 });
    const unregister = onBeforeLock(() => keeper.flush());
    keeper.change(typed);
    const reload = vi.fn();
    await lockSession(reload);
    unregister();
    expect(reload).toHaveBeenCalledOnce();
    expect(sessionKey()).toBeNull();
    expect(dataKey.forgotten).toBe(true);

    // After the reload and unlock, the draft opens with the key.
    const reopened = makeTestDb('attache-ws-drafts', { dataKey: unlockAgain() }, factory);
    expect((await loadFormDraft(reopened, 'case', newRecord))?.values).toEqual(typed);
    reopened.close();
  });

  it('does not wait on a flush that never ends for longer than its bound', async () => {
    vi.useFakeTimers();
    const unregister = onBeforeLock(() => new Promise<void>(() => undefined));
    const reload = vi.fn();
    const locked = lockSession(reload);
    await vi.advanceTimersByTimeAsync(beforeLockTimeoutMs - 1);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await locked;
    expect(reload).toHaveBeenCalledOnce();
    unregister();
  });
});
