import { describe, expect, it } from 'vitest';
import { riskEntryFieldsSchema } from '../../../shared/domain';
import { leafKeys } from '../../i18n/bundles';
import { riskListsLocales } from './locales';
import { screeningLocales } from './screening/locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe.each([
  ['riskLists', riskListsLocales],
  ['screening', screeningLocales],
])('%s strings', (root, locales) => {
  it('have the same keys in English and Vietnamese, none empty, all under their root', () => {
    expect(leafKeys(locales.vi)).toEqual(leafKeys(locales.en));
    expect(Object.keys(locales.en)).toEqual([root]);
    expect(leafKeys(locales.vi).filter((key) => String(get(locales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, except the patterns that read the same', () => {
    const same = leafKeys(locales.en).filter((key) => get(locales.en, key) === get(locales.vi, key));
    expect(same.filter((key) => !/titleWithEdition|subject\.party/.test(key))).toEqual([]);
  });
});

describe('risk-list strings', () => {
  it('name every field of an entry (the entry dialog and the changes list show them all)', () => {
    const keys = new Set(leafKeys(riskListsLocales.en));
    const fields = Object.keys(riskEntryFieldsSchema.shape).filter((f) => f !== 'id' && f !== 'listId');
    expect(fields.filter((f) => !keys.has(`riskLists.entry.${f}`))).toEqual([]);
  });
});
