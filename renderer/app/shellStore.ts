import { create } from 'zustand';

/** The shell's transient UI state (not persisted). */
interface ShellState {
  /** Whether the keyboard-shortcuts dialog is open. */
  shortcutsOpen: boolean;
  setShortcutsOpen(open: boolean): void;
}

export const useShellStore = create<ShellState>()((set) => ({
  shortcutsOpen: false,
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}));
