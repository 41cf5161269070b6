import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { detectLanguage, isLanguage, type Language } from '../i18n';

/**
 * The user's profile preferences and the shell's transient UI state. Preferences (language,
 * display name) persist in localStorage, not in the workspace database: they belong to this
 * person on this device, not to a workspace, and must be there before any database opens.
 */
export interface UiState {
  language: Language;
  /** How this user is named in the audit log and notes ("actor" of every change). */
  displayName: string;
  /** Whether the keyboard-shortcuts dialog is open (not persisted). */
  shortcutsOpen: boolean;
  setLanguage(language: Language): void;
  setDisplayName(displayName: string): void;
  setShortcutsOpen(open: boolean): void;
}

type PersistedUi = Pick<UiState, 'language' | 'displayName'>;

const initialLanguage = (): Language =>
  typeof navigator === 'undefined' ? 'en' : detectLanguage(navigator.languages ?? [navigator.language]);

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      language: initialLanguage(),
      displayName: '',
      shortcutsOpen: false,
      setLanguage: (language) => set({ language }),
      setDisplayName: (displayName) => set({ displayName }),
      setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    }),
    {
      name: 'attache-ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): PersistedUi => ({ language: state.language, displayName: state.displayName }),
      // Stored state is user-editable (devtools, an older build): keep only values we understand.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<PersistedUi>;
        return {
          ...current,
          ...(isLanguage(stored.language) ? { language: stored.language } : {}),
          ...(typeof stored.displayName === 'string' ? { displayName: stored.displayName } : {}),
        };
      },
    },
  ),
);
