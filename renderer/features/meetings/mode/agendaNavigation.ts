import type { ActionItem, AgendaItem, CapturedLine, CapturedSection, Decision, MeetingNote } from '../../../../shared/domain';

/**
 * Where meeting mode can stand: each agenda item by position, preceded by "the meeting as a
 * whole" (null) when the agenda is empty or lines were captured under no item (or under one
 * since deleted on another laptop). Takes the sections of `meetingCaptureOrder`.
 */
export function agendaStops(sections: readonly CapturedSection[]): (string | null)[] {
  const stops = sections.map((section) => section.agendaItem?.id ?? null);
  return stops.length === 0 ? [null] : stops;
}

/**
 * The stop shown: the one asked for if it exists, else `fallback` (the item shown before an
 * added item arrives from the database), else the first.
 */
export function resolveStop(stops: readonly (string | null)[], wanted: string | null | undefined, fallback: string | null | undefined): string | null {
  if (wanted !== undefined && stops.includes(wanted)) return wanted;
  if (fallback !== undefined && stops.includes(fallback)) return fallback;
  return stops[0] ?? null;
}

/** The stop `delta` away from `current` (−1 previous, +1 next), staying at the first or last. */
export function moveStop(stops: readonly (string | null)[], current: string | null, delta: number): string | null {
  if (stops.length === 0) return null;
  const at = Math.max(0, stops.indexOf(current));
  return stops[Math.min(stops.length - 1, Math.max(0, at + delta))] ?? null;
}

/** The section of `stop` (an empty one for a stop not captured under yet). */
export function sectionOf(sections: readonly CapturedSection[], stop: string | null, agenda: readonly AgendaItem[]): CapturedSection {
  return sections.find((s) => (s.agendaItem?.id ?? null) === stop) ?? { agendaItem: agenda.find((item) => item.id === stop) ?? null, lines: [] };
}

/** A meeting's notes, decisions and action items as the lines `meetingCaptureOrder` orders. */
export function capturedLines({ notes, decisions, actionItems }: { notes: readonly MeetingNote[]; decisions: readonly Decision[]; actionItems: readonly ActionItem[] }): CapturedLine[] {
  return [
    ...notes.map((row): CapturedLine => ({ kind: 'note', row })),
    ...decisions.map((row): CapturedLine => ({ kind: 'decision', row })),
    ...actionItems.map((row): CapturedLine => ({ kind: 'actionItem', row })),
  ];
}
