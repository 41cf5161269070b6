import type { FeatureCommand, KeyPress } from './featureModule';

export interface ShortcutContext {
  /** Focus is in a text input, text area or editable element: single keys are typing. */
  typing: boolean;
  /** A modal dialog is open: shortcuts must not act on the page behind it. */
  modalOpen: boolean;
}

/** The command a key press asks for, or null (the press then reaches the page untouched). */
export function commandFor(press: KeyPress, context: ShortcutContext, commands: readonly FeatureCommand[]): FeatureCommand | null {
  if (press.defaultPrevented) return null;
  return (
    commands.find(({ shortcut }) => {
      if (!shortcut?.matches(press)) return false;
      if (context.modalOpen && !shortcut.inModal) return false;
      return !context.typing || shortcut.whileTyping === true;
    }) ?? null
  );
}

const nonTextInputTypes = new Set(['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image']);

/** Whether a key typed into `element` is text (so `/` and `?` must reach it untouched). */
export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !nonTextInputTypes.has((element.getAttribute('type') ?? 'text').toLowerCase());
  // Date segments and other editable widgets.
  return element.getAttribute('contenteditable') === 'true' || element.getAttribute('role') === 'spinbutton';
}

/**
 * Focuses the element with `id`, waiting up to ~1 s for a page to render it after a navigation
 * (the `/` shortcut lands on a list's search box).
 */
export function focusWhenRendered(id: string, attemptsLeft = 60): void {
  const element = document.getElementById(id);
  if (element instanceof HTMLElement) {
    element.focus();
    if (element instanceof HTMLInputElement) element.select();
    return;
  }
  if (attemptsLeft > 0) requestAnimationFrame(() => focusWhenRendered(id, attemptsLeft - 1));
}
