import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { historyLine } from './historyText';
import { loadRecordHistory } from './recordHistory';
import { testTranslation } from './testI18n';

const caseRecord = sampleRecords.cases;
const at = (iso: string) => ({ actor: 'Trần Thị Lan', deviceId: 'device-a', now: () => new Date(iso) });

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('loadRecordHistory', () => {
  it('lists created, each changed field and losing values, newest first, without updatedAt noise', async () => {
    const put = (fields: Record<string, unknown>) => [{ table: 'cases' as const, id: caseRecord.id, op: 'put' as const, fields }];
    await commitChanges(db, put({ ...caseRecord }), at('2026-03-01T08:00:00.000Z'));
    await commitChanges(db, put({ title: 'Wire rod, origin doubtful', priority: 'urgent' }), at('2026-03-02T08:00:00.000Z'));
    await commitChanges(db, put({ status: 'open' }), { ...at('2026-03-04T08:00:00.000Z'), actor: 'Nguyễn Thị Mai' });
    // The server kept a concurrent title from another device and recorded the one it replaced.
    await db.fieldHistory.put({
      ...sampleRecords.fieldHistory,
      recordId: caseRecord.id,
      value: 'Steel wire rod (draft title)',
      replacedAt: '2026-03-03T08:00:00.000Z',
      version: 4,
      deleted: 0,
    });
    // An audit entry of another record is not this record's history.
    await commitChanges(db, [{ table: 'cases', id: sampleRecords.conflicts.id, op: 'put', fields: { ...caseRecord, id: sampleRecords.conflicts.id } }], at('2026-03-05T08:00:00.000Z'));

    const { items } = await loadRecordHistory(db, 'cases', caseRecord.id);
    expect(items.map((i) => [i.kind, i.at, 'field' in i ? i.field : null])).toEqual([
      ['changed', '2026-03-04T08:00:00.000Z', 'status'],
      ['replaced', '2026-03-03T08:00:00.000Z', 'title'],
      ['changed', '2026-03-02T08:00:00.000Z', 'title'],
      ['changed', '2026-03-02T08:00:00.000Z', 'priority'],
      ['created', '2026-03-01T08:00:00.000Z', null],
    ]);
    expect(items[0]).toMatchObject({ author: 'Nguyễn Thị Mai', old: 'draft', new: 'open' });
    expect(items[1]).toMatchObject({ author: 'John Smith', value: 'Steel wire rod (draft title)' });
    expect(items[2]).toMatchObject({ old: caseRecord.title, new: 'Wire rod, origin doubtful' });
  });

  it('shows a delete as one line and ignores entries of another table sharing the id', async () => {
    await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'put', fields: { ...caseRecord } }], at('2026-03-01T08:00:00.000Z'));
    await commitChanges(db, [{ table: 'cases', id: caseRecord.id, op: 'delete' }], at('2026-03-02T08:00:00.000Z'));
    await db.fieldHistory.put({ ...sampleRecords.fieldHistory, recordTable: 'parties', recordId: caseRecord.id, version: 2, deleted: 0 });

    const { items } = await loadRecordHistory(db, 'cases', caseRecord.id);
    expect(items.map((i) => i.kind)).toEqual(['deleted', 'created']);
  });

  // Issue 11: an edit that added a party listed only the case's own fields.
  it('lists the changes to a case’s children, each named by what it is and its case, in both languages', async () => {
    const { parties: exporter, goods, shipments } = sampleRecords;
    await commitChanges(
      db,
      [
        { table: 'cases', id: caseRecord.id, op: 'put', fields: { ...caseRecord } },
        { table: 'parties', id: exporter.id, op: 'put', fields: { ...exporter } },
        { table: 'goods', id: goods.id, op: 'put', fields: { ...goods } },
      ],
      at('2026-03-01T08:00:00.000Z'),
    );
    // The edit: a priority, a new importer, a shipment; the goods line removed.
    const importer = { ...exporter, id: '01936f3e-0000-7000-8000-00000000aa01', role: 'importer', name: 'Pacific Wire Inc.', country: 'US', identifiers: [{ scheme: 'US_EIN', value: '12-3456789' }] };
    await commitChanges(
      db,
      [
        { table: 'cases', id: caseRecord.id, op: 'put', fields: { priority: 'urgent' } },
        { table: 'parties', id: importer.id, op: 'put', fields: importer },
        { table: 'shipments', id: shipments.id, op: 'put', fields: { ...shipments } },
        { table: 'goods', id: goods.id, op: 'delete' },
      ],
      at('2026-03-02T08:00:00.000Z'),
    );
    // A record of another case is not this case's history.
    await commitChanges(db, [{ table: 'parties', id: '01936f3e-0000-7000-8000-00000000aa02', op: 'put', fields: { ...exporter, id: '01936f3e-0000-7000-8000-00000000aa02', caseId: sampleRecords.conflicts.id } }], at('2026-03-03T08:00:00.000Z')).catch(() => undefined);

    const history = await loadRecordHistory(db, 'cases', caseRecord.id);
    const own = { table: 'cases', recordId: caseRecord.id };
    const en = testTranslation('en');
    const lines = history.items.map((item) => historyLine(item, history, own, en.t, en.fmt));
    const ref = caseRecord.reference;
    expect(lines.slice(0, 4).map((l) => [l.subject, l.text])).toEqual(
      expect.arrayContaining([
        [null, 'Priority: High → Urgent'],
        [`Importer of ${ref}: Pacific Wire Inc.`, 'Added'],
        [`Shipment of ${ref}: ${shipments.billOfLading}`, 'Added'],
        [`Goods line 1 of ${ref} (deleted)`, 'Removed'],
      ]),
    );
    const added = lines.find((l) => l.subject?.startsWith('Importer'))!;
    expect(added.details).toEqual(['Role: Importer', 'Kind: Company or organisation', 'Name: Pacific Wire Inc.', 'Country: United States', `Address: ${exporter.address}`, 'Identifiers: US employer ID (EIN): 12-3456789']);
    expect(lines.filter((l) => l.subject?.startsWith('Exporter')).map((l) => l.text)).toEqual(['Added']);
    expect(lines.map((l) => [l.subject, l.text, ...l.details].join(' '))).not.toContainEqual(expect.stringMatching(/[0-9a-f]{8}-[0-9a-f]{4}-/));

    const vi = testTranslation('vi');
    const viAdded = history.items.map((item) => historyLine(item, history, own, vi.t, vi.fmt)).find((l) => l.subject?.includes('Pacific'))!;
    expect(viAdded.subject).toBe(`Nhà nhập khẩu của vụ việc ${ref}: Pacific Wire Inc.`);
    expect(viAdded.details).toContain('Vai trò: Nhà nhập khẩu');
  });
});
