import { parseDueDate } from '../../../../shared/dates';
import type { ActionItemDraft } from './captureChanges';

export type Language = 'en' | 'vi';

/** What the due field reads as while it is typed: nothing, a day, or text that cannot be read. */
export type DueDatePreview = { kind: 'empty' } | { kind: 'date'; date: string; label: string } | { kind: 'unreadable' };

const englishWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const vietnameseWeekdays = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
// Fixed abbreviations, as the app's formatter uses: printed text must not depend on ICU's version.
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day with its weekday, so "next Friday" can be checked at a glance: "Fri 15 Jan 2027", "Thứ sáu, 15 thg 1, 2027". */
export function formatDueDay(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return language === 'vi' ? `${vietnameseWeekdays[weekday]}, ${day} thg ${month}, ${year}` : `${englishWeekdays[weekday]} ${day} ${englishMonths[month - 1]} ${year}`;
}

/** The due date `text` names, shown before saving; blank text is no date, not an error. */
export function dueDatePreview(text: string, context: { today: string; language: Language }): DueDatePreview {
  if (text.trim() === '') return { kind: 'empty' };
  const date = parseDueDate(text, context);
  return date === null ? { kind: 'unreadable' } : { kind: 'date', date, label: formatDueDay(date, context.language) };
}

/** Why an action item cannot be saved yet: no text, or a due date typed but not understood. */
export type DraftProblem = 'textMissing' | 'dueDateUnreadable';

/** The due date to save (null: none), or the problem that blocks saving; never a guessed date. */
export function readActionItemDraft(
  draft: ActionItemDraft,
  context: { today: string; language: Language },
): { ok: true; dueDate: string | null } | { ok: false; problem: DraftProblem } {
  if (draft.text.trim() === '') return { ok: false, problem: 'textMissing' };
  const due = dueDatePreview(draft.dueText, context);
  if (due.kind === 'unreadable') return { ok: false, problem: 'dueDateUnreadable' };
  return { ok: true, dueDate: due.kind === 'date' ? due.date : null };
}
