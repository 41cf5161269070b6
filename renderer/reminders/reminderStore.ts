import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** How many days before a deadline the desktop reminds: 0 is off. */
export const daysAheadChoices = [0, 1, 3, 7, 14] as const;
export type DaysAhead = (typeof daysAheadChoices)[number];
const isChoice = (value: unknown): value is DaysAhead => (daysAheadChoices as readonly unknown[]).includes(value);

export interface ReminderPreferences {
  daysAhead: DaysAhead;
  setDaysAhead(daysAhead: number): void;
}

/**
 * This device's reminder choice, in localStorage: whether a laptop pops notifications is the
 * officer's choice for that laptop, not the workspace's. Three days ahead until changed.
 */
export const useReminderStore = create<ReminderPreferences>()(
  persist(
    (set) => ({
      daysAhead: 3,
      setDaysAhead: (daysAhead) => set(isChoice(daysAhead) ? { daysAhead } : {}),
    }),
    {
      name: 'attache-reminders',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ daysAhead: state.daysAhead }),
      // A stored value from a tampered or older store falls back to the default.
      merge: (persisted, current) => {
        const stored = (persisted as { daysAhead?: unknown } | undefined)?.daysAhead;
        return isChoice(stored) ? { ...current, daysAhead: stored } : current;
      },
    },
  ),
);
