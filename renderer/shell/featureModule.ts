import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Bundle, Language } from '../i18n';

/**
 * One feature's description of itself: the one door through which it enters the shell. The
 * composition root (`renderer/app/features.ts`) lists the modules; the shell reads routes,
 * navigation, strings, commands and settings sections from them, so a feature never imports the
 * shell and the shell names no feature's internals.
 */
export interface FeatureModule {
  /** Unique, e.g. `cases`; also the top-level key of the feature's strings. */
  readonly id: string;
  /** `{ en, vi }` bundles merged into the one i18next namespace (each owns its top-level keys). */
  readonly locales?: ReadonlyArray<Record<Language, Bundle>>;
  readonly routes?: readonly FeatureRoute[];
  readonly nav?: FeatureNavEntry;
  readonly commands?: readonly FeatureCommand[];
  readonly settingsSections?: readonly SettingsSection[];
  /** Always-mounted pieces of the shell a feature owns (a dialog, a background hook). */
  readonly overlays?: readonly ComponentType[];
}

/** A hash route. Listed in order: a literal path (`/requests/new`) before a pattern (`/requests/:id`). */
export interface FeatureRoute {
  readonly path: string;
  // Wouter hands route components `params`; the shell does not know their shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly component: ComponentType<any>;
}

/** The feature's sidebar link, ordered by `order` (smaller first). */
export interface FeatureNavEntry {
  readonly href: string;
  readonly labelKey: string;
  readonly order: number;
  /** A live count shown beside the label (open conflicts, overdue replies); a React hook. */
  readonly useCount?: () => number | null | undefined;
  /** The i18n key (with `count`) that says what the count means to a screen reader. */
  readonly countLabelKey?: string;
}

/** Where a command runs: the shell's router. */
export interface CommandContext {
  readonly location: string;
  navigate(to: string): void;
}

/**
 * Something the user can ask for by a keyboard shortcut or a native menu item. A menu command
 * runs the command whose `id` it names, so a menu item and its accelerator never disagree.
 */
export interface FeatureCommand {
  readonly id: MenuCommand | (string & {});
  run(context: CommandContext): void;
  readonly shortcut?: Shortcut;
}

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

export interface Shortcut {
  /** Keys as the help dialog shows them: literal keys, or i18n keys (`common.shortcuts.key…`). */
  readonly keys: readonly string[];
  readonly labelKey: string;
  /** Values the label interpolates, when it names something that changes (what search finds). */
  readonly labelValues?: (t: TFunction) => Record<string, unknown>;
  matches(press: KeyPress): boolean;
  /** Fires while focus is in a text field (chords with Ctrl or Alt); single keys must not. */
  readonly whileTyping?: boolean;
  /** Fires while a modal dialog is open (only the lock: it must always work). */
  readonly inModal?: boolean;
}

/** A section of the Settings page, ordered by `order`. */
export interface SettingsSection {
  readonly id: string;
  readonly order: number;
  readonly component: ComponentType;
}
