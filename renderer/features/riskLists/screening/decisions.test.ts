import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import type { RiskList, ScreeningDecision } from '../../../../shared/domain';
import { makeRiskEntry } from '../../../../test/fixtures/makeRiskEntry';
import { riskListRows } from '../data/riskListRows';
import { decisionEntryKey, decisionFor } from './decisions';
import type { ListedHit } from './screeningProtocol';

const list = (id: string, previousListId: string | null): RiskList => ({ ...sampleRecords.riskLists, id, previousListId, createdAt: `2026-0${id.length}-01T00:00:00Z` });
const rows = riskListRows([list('v1', null), list('v22', 'v1')], new Set());
const oldEntry = makeRiskEntry('e-old', { listId: 'v1', sourceRef: '17', primaryName: 'Truong Son Steel' });
const newEntry = makeRiskEntry('e-new', { listId: 'v22', sourceRef: '17', primaryName: 'Truong Son Steel Co., Ltd' });
const hit = (entry: typeof newEntry): ListedHit => ({ subjectTable: 'parties', subjectId: 'party-1', entryId: entry.id, score: 0.9, reasons: [], listId: entry.listId, entry });
const decision = (over: Partial<ScreeningDecision>): ScreeningDecision => ({
  ...sampleRecords.screeningDecisions,
  subjectTable: 'parties',
  subjectId: 'party-1',
  entryId: 'e-old',
  entryKey: decisionEntryKey(oldEntry, rows),
  ...over,
});

describe('screening decisions', () => {
  it('key an entry by its list lineage and its reference, the same in every version', () => {
    expect(decisionEntryKey(oldEntry, rows)).toBe(decisionEntryKey(newEntry, rows));
    expect(decisionEntryKey(makeRiskEntry('x', { listId: 'v22', sourceRef: '18' }), rows)).not.toBe(decisionEntryKey(newEntry, rows));
  });

  it('hold for the same entry in a later version, on the same record only; the latest wins', () => {
    const dismissed = decision({ verdict: 'notAMatch', updatedAt: '2026-03-01T00:00:00.000Z' });
    const key = decisionEntryKey(newEntry, rows);
    expect(decisionFor(hit(newEntry), key, [dismissed])).toBe(dismissed);
    expect(decisionFor({ ...hit(newEntry), subjectId: 'party-2' }, key, [dismissed])).toBeNull();
    const confirmed = decision({ id: 'later', verdict: 'confirmed', updatedAt: '2026-04-01T00:00:00.000Z' });
    expect(decisionFor(hit(newEntry), key, [dismissed, confirmed])).toBe(confirmed);
  });
});
