/**
 * The administration's deadline rules (reply and acknowledgement periods, holidays) as live data,
 * below the features: requests compute their due dates with them, reminders their notifications.
 */
export { builtInDeadlineRules, readDeadlineRules, useDeadlineRules, type DeadlineRules } from './useDeadlineRules';
