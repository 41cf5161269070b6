import { describe, expect, it } from 'vitest';
import {
  caseOutcomes,
  caseStatuses,
  caseTypes,
  confidentialityLevels,
  partyIdentifierSchemes,
  partyRoles,
  proofOfOriginKinds,
} from '../../../shared/domain';
import { leafKeys, type Bundle } from '../../i18n/bundles';
import { casesLocales } from './index';

const { en, vi } = casesLocales as { en: Bundle; vi: Bundle };

describe('casesLocales', () => {
  it('has the same keys in English and Vietnamese, none empty', () => {
    expect(leafKeys(vi)).toEqual(leafKeys(en));
    const values = (b: Bundle): string[] => Object.values(b).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
    expect(values(vi).every((v) => v.trim() !== '')).toBe(true);
  });

  it('names every status, type, outcome, confidentiality level, party role, identifier scheme and proof kind', () => {
    const keys = new Set(leafKeys(en));
    const expected = [
      ...caseStatuses.map((s) => `cases.status.${s}`),
      ...caseTypes.map((s) => `cases.type.${s}`),
      ...caseOutcomes.map((s) => `cases.outcome.${s}`),
      ...confidentialityLevels.map((s) => `cases.confidentiality.${s}`),
      ...partyRoles.map((s) => `cases.partyRole.${s}`),
      ...partyIdentifierSchemes.map((s) => `cases.identifierScheme.${s}`),
      ...proofOfOriginKinds.map((s) => `cases.proofKind.${s}`),
    ];
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('is translated, not copied: Vietnamese differs from English for the status names', () => {
    const status = (b: Bundle) => ((b.cases as Bundle).status as Bundle);
    for (const s of caseStatuses) expect(status(vi)[s]).not.toBe(status(en)[s]);
  });
});
