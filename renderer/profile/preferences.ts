import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { detectLanguage, isLanguage, type Language } from '../i18n';

/**
 * The user's profile preferences. They persist in localStorage, not in the workspace database:
 * they belong to this person on this device, not to a workspace, and must be there before any
 * database opens. A room below the features, so the lock, sync and settings read and write them
 * without reaching up into the shell.
 */
export interface Preferences {
  language: Language;
  /** How this user is named in the audit log and notes ("actor" of every change). */
  displayName: string;
  /**
   * The workspace whose database is open (`attache-ws-<workspaceId>`): `local` until the device
   * is enrolled, then the server's workspace id; back to `local` on disconnect or revocation.
   */
  workspaceId: string;
  /** Minutes without activity after which the app locks (one of `lockAfterChoices`). */
  lockAfterMinutes: number;
  setLanguage(language: Language): void;
  setDisplayName(displayName: string): void;
  setWorkspaceId(workspaceId: string): void;
  setLockAfterMinutes(minutes: number): void;
}

/** The idle times the Settings page offers; a lost laptop should lock soon, so no "never". */
export const lockAfterChoices = [1, 5, 10, 15, 30, 60] as const;
const defaultLockAfterMinutes = 10;
const isLockAfterChoice = (value: unknown): value is number => (lockAfterChoices as readonly unknown[]).includes(value);

type PersistedUi = Pick<Preferences, 'language' | 'displayName' | 'workspaceId' | 'lockAfterMinutes'>;

/** The workspace ids a database name may carry (same rule as `openWorkspaceDb`). */
const workspaceIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

const initialLanguage = (): Language =>
  typeof navigator === 'undefined' ? 'en' : detectLanguage(navigator.languages ?? [navigator.language]);

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      language: initialLanguage(),
      displayName: '',
      workspaceId: 'local',
      lockAfterMinutes: defaultLockAfterMinutes,
      setLanguage: (language) => set({ language }),
      setDisplayName: (displayName) => set({ displayName }),
      setWorkspaceId: (workspaceId) => set({ workspaceId: workspaceIdPattern.test(workspaceId) ? workspaceId : 'local' }),
      setLockAfterMinutes: (minutes) => set(isLockAfterChoice(minutes) ? { lockAfterMinutes: minutes } : {}),
    }),
    {
      // The storage key predates the move out of the shell: kept so nobody's preferences reset.
      name: 'attache-ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): PersistedUi => ({
        language: state.language,
        displayName: state.displayName,
        workspaceId: state.workspaceId,
        lockAfterMinutes: state.lockAfterMinutes,
      }),
      // Stored state is user-editable (devtools, an older build): keep only values we understand.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<PersistedUi>;
        return {
          ...current,
          ...(isLanguage(stored.language) ? { language: stored.language } : {}),
          ...(typeof stored.displayName === 'string' ? { displayName: stored.displayName } : {}),
          ...(typeof stored.workspaceId === 'string' && workspaceIdPattern.test(stored.workspaceId)
            ? { workspaceId: stored.workspaceId }
            : {}),
          ...(isLockAfterChoice(stored.lockAfterMinutes) ? { lockAfterMinutes: stored.lockAfterMinutes } : {}),
        };
      },
    },
  ),
);
