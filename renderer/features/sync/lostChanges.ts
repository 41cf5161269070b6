import type { FieldMeta, Hlc, PulledChange, PushMutation } from '../../../shared/sync';

/** A change to send again, as an outbox entry without its id. */
export type LostChange = Omit<PushMutation, 'mutationId'>;

/** What this device holds of a record: its synced fields with their clocks, and whether it is deleted. */
export interface HeldRecord {
  table: PulledChange['table'];
  id: string;
  fields: Record<string, unknown>;
  clocks: FieldMeta;
  deleted: boolean;
}

const maxHlc = (clocks: FieldMeta): Hlc | '' => Object.values(clocks).reduce<Hlc | ''>((max, m) => (m.hlc > max ? m.hlc : max), '');

/**
 * The changes this device holds of a record that the server's copy lacks, after the server lost
 * history (a restore from a backup): what must be pushed again so nothing any device had is lost.
 * It only picks what to send; the server's merge (shared/sync/merge.ts) still decides what each
 * change does, as for any push.
 *
 * - Server without the record (`server` null): the whole record again as a create (then a delete
 *   if it is deleted here, so another device's copy cannot bring it back to life).
 * - A field whose clock here is newer than the server's (or that the server lacks): a put of it
 *   with its own hlc, based on the version this device last knew of it. The restore moved the
 *   server's versions past every version a device holds, so a field nobody touched since the
 *   restore applies cleanly (base ≥ its version), while one changed since is seen as concurrent
 *   and ruled on by the hlc (its loser kept in history; a protected field becomes a conflict).
 * - Deleted here but live on the server, which has nothing newer: the delete again.
 *
 * `pendingFields` are fields with unsent changes in the outbox (sent anyway, and their clock here
 * is the overlay's): they are left out.
 */
export function lostChanges(server: PulledChange | null, held: HeldRecord, pendingFields: ReadonlySet<string>): LostChange[] {
  const { table, id } = held;
  const names = Object.keys(held.clocks).filter((f) => f !== 'id' && f in held.fields);
  if (!server) {
    if (names.length === 0) return [];
    const hlc = maxHlc(held.clocks);
    if (hlc === '') return [];
    const create: LostChange = { table, id, op: 'put', fields: Object.fromEntries(names.map((f) => [f, held.fields[f]])), hlc };
    return held.deleted ? [create, { table, id, op: 'delete', hlc }] : [create];
  }
  if (held.deleted) {
    const hlc = maxHlc(held.clocks);
    return !server.deleted && hlc !== '' && hlc >= maxHlc(server.fieldMeta) ? [{ table, id, op: 'delete', hlc }] : [];
  }
  const byHlc = new Map<Hlc, LostChange & { fields: Record<string, unknown>; base: Record<string, number> }>();
  for (const field of names) {
    if (pendingFields.has(field)) continue;
    const mine = held.clocks[field];
    const theirs = server.fieldMeta[field];
    if (!mine || (theirs && mine.hlc <= theirs.hlc)) continue;
    let change = byHlc.get(mine.hlc);
    if (!change) byHlc.set(mine.hlc, (change = { table, id, op: 'put', fields: {}, base: {}, hlc: mine.hlc }));
    change.fields[field] = held.fields[field];
    change.base[field] = mine.v;
  }
  return [...byHlc.values()].sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
}
