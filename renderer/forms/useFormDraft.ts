import { useEffect, useRef, useState, type RefObject } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useDatabase, type FormDraft } from '../db';
import { onBeforeLock } from '../security/session';
import { DraftKeeper, type DraftFocus } from './DraftKeeper';
import { draftKey, loadFormDraft } from './formDrafts';

/**
 * The draft kept for a form and record, read once when the form opens: `undefined` while it is
 * read, then the draft or null. Read once, not live: the form's own writes must not come back.
 */
export function useStoredDraft(form: string, record: string): FormDraft | null | undefined {
  const { db } = useDatabase();
  const [stored, setStored] = useState<{ key: string; draft: FormDraft | null }>();
  const key = draftKey(form, record);
  useEffect(() => {
    let cancelled = false;
    loadFormDraft(db, form, record).then(
      (draft) => !cancelled && setStored({ key, draft }),
      // An unreadable draft (sealed under a destroyed key) must not keep the form from opening.
      () => !cancelled && setStored({ key, draft: null }),
    );
    return () => {
      cancelled = true;
    };
  }, [db, form, record, key]);
  return stored?.key === key ? stored.draft : undefined;
}

export interface UseFormDraftOptions<T extends FieldValues, Output> {
  methods: UseFormReturn<T, unknown, Output>;
  /** The form element: focus is followed inside it, and given back to the field it was in. */
  formRef: RefObject<HTMLFormElement | null>;
  /** Which form ('case') and record (its id, or `newRecord`). */
  form: string;
  record: string;
  /** The draft the form opened with (`useStoredDraft`), or null. */
  restored: FormDraft | null;
  /** The values without a draft: the saved record, or the empty form. */
  pristine: T;
  /** The record as the form opened it, kept in the draft so a later save compares with it. */
  base?: unknown;
  /** A new record's id, kept in the draft. */
  newRecordId?: string;
}

export interface FormDraftControl {
  /** When the restored draft was last written, while its notice should show; else null. */
  restoredAt: string | null;
  /** Deletes the draft; the caller then shows the saved record (or the empty form) again. */
  discard(): Promise<void>;
  /** The form was saved, or left on purpose: deletes the draft, keeps nothing more. */
  finish(): Promise<void>;
  /** Whether the form holds anything the saved record does not. */
  isChanged(): boolean;
}

/**
 * Keeps a react-hook-form form's draft as the officer types (sealed in the workspace database,
 * `DraftKeeper`), with the field that had focus; writes what is pending when the form is left,
 * the page hidden or the session locked (`onBeforeLock`); and gives the focus back to that field
 * when a restored draft opens. The form opens with the draft's values (the caller passes them as
 * its default values); `DraftNotice` says so and offers `discard`.
 */
export function useFormDraft<T extends FieldValues, Output = T>(options: UseFormDraftOptions<T, Output>): FormDraftControl {
  const { db } = useDatabase();
  const { methods, formRef, restored } = options;
  const lastFocus = useRef<DraftFocus | null>(restored?.focus ?? null);
  const [keeper] = useState(
    () =>
      new DraftKeeper(db, draftKey(options.form, options.record), {
        pristine: options.pristine,
        initial: restored?.values,
        base: options.base,
        newRecordId: options.newRecordId,
        readFocus: () => readFocus(formRef.current, lastFocus.current),
      }),
  );
  const [restoredAt, setRestoredAt] = useState(restored?.savedAt ?? null);

  useEffect(() => {
    const subscription = methods.watch((values) => keeper.change(values));
    const unregister = onBeforeLock(() => keeper.flush());
    const onPageHide = () => void keeper.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      unregister();
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the form (another page of the app) keeps the last keystrokes.
      void keeper.flush();
    };
  }, [methods, keeper]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onFocusIn = (event: FocusEvent) => {
      const name = fieldName(event.target);
      if (!name) return;
      lastFocus.current = { name };
      keeper.focusMoved();
    };
    form.addEventListener('focusin', onFocusIn);
    return () => form.removeEventListener('focusin', onFocusIn);
  }, [formRef, keeper]);

  // A restored draft brings the officer back to the field they were in.
  const focusToRestore = useRef(restored?.focus ?? null);
  useEffect(() => {
    const focus = focusToRestore.current;
    focusToRestore.current = null;
    if (!focus) return;
    const frame = requestAnimationFrame(() => giveFocusBack(formRef.current, focus, (name) => methods.setFocus(name as Path<T>)));
    return () => cancelAnimationFrame(frame);
  }, [formRef, methods]);

  return {
    restoredAt,
    async discard() {
      setRestoredAt(null);
      await keeper.discard();
    },
    finish: () => keeper.finish(),
    isChanged: () => keeper.isChanged(methods.getValues()),
  };
}

/** The form name of a field element (react-hook-form's fields carry it as `name`). */
function fieldName(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return null;
  return target.name || null;
}

/** The last focused field, with its caret if it still has the focus. */
function readFocus(form: HTMLFormElement | null, last: DraftFocus | null): DraftFocus | null {
  if (!last) return null;
  const active = document.activeElement;
  if (form && (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && form.contains(active) && active.name === last.name) {
    const caret = safeSelectionStart(active);
    return caret === null ? { name: last.name } : { name: last.name, caret };
  }
  return last;
}

function safeSelectionStart(element: HTMLInputElement | HTMLTextAreaElement): number | null {
  try {
    return element.selectionStart;
  } catch {
    // Inputs of some types (number, date) have no selection.
    return null;
  }
}

/** Focuses the field named `focus.name` (through react-hook-form, else by its name) and puts the caret back. */
function giveFocusBack(form: HTMLFormElement | null, focus: DraftFocus, setFocus: (name: string) => void): void {
  if (!form) return;
  try {
    setFocus(focus.name);
  } catch {
    // A field react-hook-form holds no element for: found by its name below.
  }
  let active = document.activeElement;
  if (!(active instanceof HTMLElement) || !form.contains(active)) {
    const element = [...form.querySelectorAll<HTMLElement>('[name]')].find((e) => e.getAttribute('name') === focus.name);
    element?.focus();
    active = document.activeElement;
  }
  if (focus.caret !== undefined && (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.name === focus.name) {
    try {
      active.setSelectionRange(focus.caret, focus.caret);
    } catch {
      // No selection in this type of input.
    }
  }
}
