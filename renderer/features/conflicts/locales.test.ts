import { describe, expect, it } from 'vitest';
import { actionItemStatuses, recordSchemas, recordTables, requestOutcomes, requestStatuses } from '../../../shared/domain';
import { leafKeys, type Bundle } from '../../i18n/bundles';
import { conflictsLocales } from './index';

const { en, vi } = conflictsLocales as { en: Bundle; vi: Bundle };

describe('conflictsLocales', () => {
  it('has the same keys in English and Vietnamese, none empty, and owns only `conflicts`', () => {
    expect(leafKeys(vi)).toEqual(leafKeys(en));
    expect(Object.keys(en)).toEqual(['conflicts']);
    const values = (b: Bundle): string[] => Object.values(b).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
    expect(values(vi).every((v) => v.trim() !== '')).toBe(true);
  });

  it('names every table, every case field and every value of the protected fields', () => {
    const keys = new Set(leafKeys(en));
    const expected = [
      ...recordTables.map((t) => `conflicts.tables.${t}`),
      ...Object.keys(recordSchemas.cases.shape)
        .filter((f) => f !== 'id')
        .map((f) => `conflicts.fields.cases.${f}`),
      ...requestStatuses.map((s) => `conflicts.enums.verificationRequests.status.${s}`),
      ...requestOutcomes.map((s) => `conflicts.enums.verificationRequests.outcome.${s}`),
      ...actionItemStatuses.map((s) => `conflicts.enums.actionItems.status.${s}`),
    ];
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('is translated, not copied: Vietnamese differs from English for the request statuses', () => {
    const statuses = (b: Bundle) => (((b.conflicts as Bundle).enums as Bundle).verificationRequests as Bundle).status as Bundle;
    for (const s of requestStatuses) expect(statuses(vi)[s]).not.toBe(statuses(en)[s]);
  });
});
