import type { ActionItem } from './actionItem';
import type { AgendaItem, Decision, MeetingNote } from './meetingRecord';

/** A line captured during a meeting: a note, a decision or an action item, each its own row. */
export type CapturedLine = { kind: 'note'; row: MeetingNote } | { kind: 'decision'; row: Decision } | { kind: 'actionItem'; row: ActionItem };

/** The lines under one agenda item; `agendaItem` null: before the agenda, or under an item since deleted. */
export interface CapturedSection {
  agendaItem: AgendaItem | null;
  lines: CapturedLine[];
}

/**
 * The milliseconds a UUIDv7 carries in its first 48 bits (ids are made by `newId`, UUIDv7, on the
 * capturing laptop), or null for another kind of UUID. A decision has no time field of its own.
 */
export function uuidV7Time(id: string): number | null {
  const hex = id.replace(/-/g, '');
  if (hex.length !== 32 || hex[12] !== '7') return null;
  return Number.parseInt(hex.slice(0, 12), 16);
}

function capturedAt(line: CapturedLine): number {
  const written = line.kind === 'note' ? line.row.capturedAt : line.kind === 'actionItem' ? line.row.createdAt : null;
  const time = written === null ? uuidV7Time(line.row.id) : Date.parse(written);
  return time ?? 0;
}

/** Plain code-unit order, the same in every runtime and locale (ids are ASCII). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order every device shows a meeting's captured lines in, whatever order sync delivered them:
 * the agenda's items by position (lines under no item, or under one since deleted, first), then
 * each item's lines by capture time, then by id. Two delegation members typing at once on their
 * own laptops, offline, see the union of their lines after sync, each once, in the same order.
 */
export function meetingCaptureOrder(agenda: readonly AgendaItem[], lines: readonly CapturedLine[]): CapturedSection[] {
  const items = [...agenda].sort((a, b) => a.position - b.position || byCodeUnit(a.id, b.id));
  const sections: CapturedSection[] = [{ agendaItem: null, lines: [] }, ...items.map((item) => ({ agendaItem: item, lines: [] as CapturedLine[] }))];
  const sectionOf = new Map(items.map((item, i) => [item.id, sections[i + 1]!]));
  const ordered = [...lines].sort((a, b) => capturedAt(a) - capturedAt(b) || byCodeUnit(a.row.id, b.row.id));
  for (const line of ordered) (sectionOf.get(line.row.agendaItemId ?? '') ?? sections[0]!).lines.push(line);
  return sections[0]!.lines.length > 0 ? sections : sections.slice(1);
}
