/**
 * Public entry of the action tracker: its module for the shell, the action items sections of a
 * case and of a request, and the tracker's address for a filter (for the dashboard's links).
 */
export { actionItemsModule } from './module';
export { CaseActionItems, RequestActionItems } from './RecordActionItems';
export { defaultTrackerStatuses, parseTrackerQuery, trackerHref } from './trackerQuery';
// The live read of every action item the sidebar keeps from the unlock on: the dashboard counts from it.
export { useActionItems } from './actionItemData';
