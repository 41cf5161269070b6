// What an officer's laptop pushes in the load run: realistic records (bench/syntheticCases and
// shared/domain's sample records), as the app writes them. A new case is opened with its goods line
// and a first note; an edit changes a case's title or summary from the version the laptop last
// pulled (so two officers editing one case meet the server's merge, as they would); notes are added
// to cases the laptop knows.
import { v7 as uuidv7 } from 'uuid';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import type { PushMutation } from '../../shared/sync/wire';
import { pick, syntheticCases } from '../syntheticCases';

/** A local change before the device stamps it with its mutation id and hlc. */
export type LocalChange = Omit<PushMutation, 'mutationId' | 'hlc'>;

/** A case the laptop has pulled, with the `v` of the fields its officer edits. */
export interface KnownCase {
  id: string;
  v: Record<EditedField, number>;
}
export const editedFields = ['title', 'summary', 'updatedAt'] as const;
type EditedField = (typeof editedFields)[number];

const noteTexts = [
  'Exporter asked for two more weeks to send the production records.',
  'CBP confirmed receipt of our letter; the reply is expected after the holiday.',
  'Phòng Quản lý XNK đã gửi bản sao C/O mẫu B qua thư điện tử.',
  'Site visit to the Hải Phòng factory proposed for the second week of next month.',
];

/**
 * One burst of an officer's work, the changes of one push: a new case (with its goods line and a
 * note), one to three edits of known cases, or one to five notes on known cases.
 */
export function officerWork(rand: () => number, known: readonly KnownCase[], author: string, seed: number): LocalChange[] {
  const roll = rand();
  if (known.length === 0 || roll < 0.25) return openCase(rand, author, seed);
  if (roll < 0.75) return Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => editCase(rand, pick(rand, known), seed + i));
  return Array.from({ length: 1 + Math.floor(rand() * 5) }, () => addNote(rand, pick(rand, known).id, author));
}

function openCase(rand: () => number, author: string, seed: number): LocalChange[] {
  const { id: caseId, ...caseFields } = syntheticCases(1, [uuidv7()], seed)[0] as ReturnType<typeof syntheticCases>[number];
  const { id: _goodsId, ...goods } = sampleRecords.goods;
  return [
    { table: 'cases', id: caseId, op: 'put', fields: caseFields },
    { table: 'goods', id: uuidv7(), op: 'put', fields: { ...goods, caseId, quantity: Math.round(rand() * 500_000) } },
    addNote(rand, caseId, author),
  ];
}

function editCase(rand: () => number, known: KnownCase, seed: number): LocalChange {
  const now = new Date().toISOString();
  const fields: Record<string, unknown> =
    rand() < 0.5
      ? { title: `Plywood declared VN origin, suspected transshipment — revised ${seed}`, updatedAt: now }
      : { summary: `Importer declared plywood of VN origin; the exporter's reply of ${now.slice(0, 10)} is under review (${seed}).`, updatedAt: now };
  const base = Object.fromEntries(Object.keys(fields).map((field) => [field, known.v[field as EditedField]]));
  return { table: 'cases', id: known.id, op: 'put', fields, base };
}

function addNote(rand: () => number, caseId: string, author: string): LocalChange {
  const { id: _noteId, ...note } = sampleRecords.notes;
  return { table: 'notes', id: uuidv7(), op: 'put', fields: { ...note, caseId, author, text: pick(rand, noteTexts), createdAt: new Date().toISOString() } };
}
