import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { commitChanges, type AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { loadRecordAudit } from '../audit/auditEvents';
import { recordWorkspaceExport } from './profileWorkspaceFile';

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

const officer = { actor: 'Trần Thị Bình', deviceId: 'device-b', now: () => new Date('2026-04-02T09:30:00.000Z') };

describe('recordWorkspaceExport', () => {
  it("logs every case, meeting and other record without a parent as exported by the officer, not their parts or the administration's rules", async () => {
    const cases = [sampleId(501), sampleId(502)];
    const { id: _c, ...kase } = sampleRecords.cases;
    const { id: _p, ...party } = sampleRecords.parties;
    const { id: _m, ...meeting } = sampleRecords.meetings;
    const { id: _h, ...holiday } = sampleRecords.holidays;
    await commitChanges(
      db,
      [
        ...cases.map((id, i) => ({ table: 'cases' as const, id, op: 'put' as const, fields: { ...kase, reference: `2026-K7QX-004${i + 3}` } })),
        { table: 'parties', id: sampleId(511), op: 'put', fields: { ...party, caseId: cases[0] } },
        { table: 'meetings', id: sampleId(521), op: 'put', fields: meeting },
        { table: 'holidays', id: sampleId(531), op: 'put', fields: holiday },
      ],
      officer,
    );

    expect(await recordWorkspaceExport(db, officer)).toBe(3);

    for (const [table, id] of [['cases', cases[0]], ['cases', cases[1]], ['meetings', sampleId(521)]] as const) {
      const events = await loadRecordAudit(db, table, id as string);
      expect(events.filter((e) => e.action === 'export').map((e) => [e.actor, e.at])).toEqual([['Trần Thị Bình', '2026-04-02T09:30:00.000Z']]);
    }
    const exports = (await db.viewLog.toArray()).filter((e) => e.action === 'export');
    expect(exports.map((e) => e.table).sort()).toEqual(['cases', 'cases', 'meetings']);
    expect(exports.every((e) => e.sent === 0 && e.deviceId === 'device-b')).toBe(true);
  });
});
