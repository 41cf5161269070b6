/**
 * Desktop reminders of request deadlines and of action items due (below the features: it reads
 * the records and the rule table, imports no feature). The shell mounts `DeadlineReminders` once unlocked and shows
 * `ReminderSettingsSection` in Settings; `remindersLocales` is its `reminders` bundle.
 */
export { actionItemReminderText, chooseActionItemReminders, type ActionItemReminder } from './actionItemReminders';
export { chooseReminders, deadlineCandidates, type DeadlineCandidate, type Reminder } from './chooseReminders';
export { remindersLocales } from './locales';
export { ReminderSettingsSection } from './ReminderSettingsSection';
export { daysAheadChoices, useReminderStore, type DaysAhead } from './reminderStore';
export { DeadlineReminders, useDeadlineReminders } from './useDeadlineReminders';
