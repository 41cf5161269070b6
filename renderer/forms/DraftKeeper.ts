import type { AttacheDb, FormDraft } from '../db';

/** The field that had focus when the draft was written, by its form name, and the caret in it. */
export type DraftFocus = NonNullable<FormDraft['focus']>;

export interface DraftKeeperOptions {
  /** The values the form shows without a draft (the saved record, or the empty form). */
  pristine: unknown;
  /** The values the form opens with (a restored draft's, or `pristine`). */
  initial?: unknown;
  /** The record as the form opened it (what a save compares with); kept in the draft. */
  base?: unknown;
  /** A new record's id, kept in the draft so child rows keep pointing at it. */
  newRecordId?: string;
  /** Quiet time after the last change before the draft is written. */
  delayMs?: number;
  /** Where the focus is when the draft is written. */
  readFocus?: () => DraftFocus | null;
  now?: () => Date;
}

/** How long typing must pause before the draft is written: a few keystrokes per write, never more than this lost to a crash. */
export const draftDelayMs = 300;

/**
 * Keeps one form's draft (`key`, see formDrafts.ts) in the workspace database as the officer
 * types: a change is written after `delayMs` of quiet; `flush` writes what is pending at once
 * (leaving the form, locking). Writes go one after another, so a late write never overtakes a
 * delete. Values back at `pristine` delete the draft instead: nothing is left to restore.
 */
export class DraftKeeper {
  private pending: { values: unknown } | null = null;
  /** The values last noted, for a write that only moves the focus. */
  private lastValues: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writes: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly pristineJson: string;

  constructor(
    private readonly db: AttacheDb,
    readonly key: string,
    private readonly options: DraftKeeperOptions,
  ) {
    this.pristineJson = JSON.stringify(options.pristine);
    this.lastValues = options.initial ?? options.pristine;
  }

  /** Notes the form's current values; they are written after the quiet time. */
  change(values: unknown): void {
    if (this.closed) return;
    // A copy now: the form goes on mutating its own object.
    this.lastValues = JSON.parse(JSON.stringify(values ?? null)) as unknown;
    this.schedule();
  }

  /** The focus moved: a draft there is rewritten with it (so the lock brings the officer back there). */
  focusMoved(): void {
    if (this.closed || !this.isChanged(this.lastValues)) return;
    this.schedule();
  }

  private schedule(): void {
    this.pending = { values: this.lastValues };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? draftDelayMs);
  }

  /** Whether `values` differ from the pristine ones. */
  isChanged(values: unknown): boolean {
    return JSON.stringify(values) !== this.pristineJson;
  }

  /** Writes what is pending now; resolves when every write so far is done. Never rejects. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = null;
    if (pending && !this.closed) this.enqueue(() => this.write(pending.values));
    return this.writes;
  }

  /** Deletes the draft and forgets what is pending; later changes are kept again. */
  discard(): Promise<void> {
    clearTimeout(this.timer);
    this.pending = null;
    this.lastValues = this.options.pristine;
    return this.enqueue(() => this.db.formDrafts.delete(this.key));
  }

  /** The form was saved (or left on purpose): deletes the draft and keeps nothing more. */
  finish(): Promise<void> {
    const done = this.discard();
    this.closed = true;
    return done;
  }

  private enqueue(write: () => Promise<unknown>): Promise<void> {
    // A failed write (locked meanwhile, database closed) must not stop the ones after it.
    this.writes = this.writes.then(write).then(
      () => undefined,
      (error: unknown) => console.warn('Form draft not written', error),
    );
    return this.writes;
  }

  private async write(values: unknown): Promise<void> {
    if (JSON.stringify(values) === this.pristineJson) {
      await this.db.formDrafts.delete(this.key);
      return;
    }
    const { base, newRecordId, readFocus, now = () => new Date() } = this.options;
    const draft: FormDraft = { key: this.key, values, focus: readFocus?.() ?? null, savedAt: now().toISOString() };
    if (base !== undefined) draft.base = base;
    if (newRecordId !== undefined) draft.newRecordId = newRecordId;
    await this.db.formDrafts.put(draft);
    // Read by the end-to-end tests, which wait for the draft to be on disk.
    globalThis.performance?.mark?.('attache:draft-saved');
  }
}
