import type { TFunction } from 'i18next';
import { searchScopeValues } from '../features/search';
import type { MenuCommand } from '../platform';

/**
 * What the shell can be asked to do, by a keyboard shortcut or a native menu command (every menu
 * command is an action of the same name, so the two routes never disagree).
 */
export type ShellAction = MenuCommand | 'focusSearch' | 'openSearch';

/** The parts of a KeyboardEvent a shortcut depends on (a plain object in tests). */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
}

export interface ShortcutContext {
  /** Focus is in a text input, text area or editable element: single keys are typing. */
  typing: boolean;
  /** A modal dialog is open: shortcuts must not act on the page behind it. */
  modalOpen: boolean;
}

/**
 * The shell's shortcuts: Ctrl+Shift+L (Cmd on a Mac) locks, always, even in a dialog; Ctrl+K (Cmd+K)
 * opens global search and Alt+N (by physical key, since Alt+N types "˜" on a Mac) creates a case,
 * both even while typing; `/` searches the case list and `?` lists the shortcuts, except while typing.
 */
export function shortcutFor(press: KeyPress, context: ShortcutContext): ShellAction | null {
  if (press.defaultPrevented) return null;
  if ((press.ctrlKey || press.metaKey) && press.shiftKey && !press.altKey && press.code === 'KeyL') return 'lock';
  if (context.modalOpen) return null;
  if ((press.ctrlKey || press.metaKey) && !press.shiftKey && !press.altKey && press.code === 'KeyK') return 'openSearch';
  if (press.altKey && !press.ctrlKey && !press.metaKey && press.code === 'KeyN') return 'newCase';
  if (press.altKey || press.ctrlKey || press.metaKey || context.typing) return null;
  if (press.key === '/') return 'focusSearch';
  if (press.key === '?') return 'showShortcuts';
  return null;
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

/** The id of the case list's search box, which `/` focuses. */
export const caseSearchId = 'case-search';

/** One row of the help dialog. */
export interface ShortcutEntry {
  /** Keys to show: literal keys, or i18n keys (`common.…`) of key names. */
  keys: string[];
  /** The i18n key of what the shortcut does. */
  labelKey: string;
  /** Values the label interpolates, when it names something that changes (what search finds). */
  labelValues?: (t: TFunction) => Record<string, unknown>;
}

/** The shortcuts listed in the help dialog. */
export const shortcutList: readonly ShortcutEntry[] = [
  { keys: ['common.shortcuts.keyCtrl', 'K'], labelKey: 'search.shortcut', labelValues: searchScopeValues },
  { keys: ['common.shortcuts.keyAlt', 'N'], labelKey: 'common.shortcuts.newCase' },
  { keys: ['/'], labelKey: 'common.shortcuts.focusSearch' },
  { keys: ['?'], labelKey: 'common.shortcuts.showShortcuts' },
  { keys: ['common.shortcuts.keyCtrl', 'common.shortcuts.keyShift', 'L'], labelKey: 'common.shortcuts.lock' },
  { keys: ['common.shortcuts.keyEscape'], labelKey: 'common.shortcuts.closeDialog' },
];
