import { describe, expect, it } from 'vitest';
import { leafKeys, mergeBundles } from '../../i18n/bundles';
import { auditActions } from './auditEvents';
import { auditCsvColumns } from './auditCsv';
import { auditLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('auditLocales', () => {
  it('has the same keys in English and Vietnamese, none empty, all under audit', () => {
    expect(leafKeys(auditLocales.vi)).toEqual(leafKeys(auditLocales.en));
    expect(Object.keys(mergeBundles(auditLocales.en))).toEqual(['audit']);
    expect(leafKeys(auditLocales.vi).filter((key) => String(get(auditLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('names every action and every export column', () => {
    const keys = new Set(leafKeys(auditLocales.en));
    const expected = [...auditActions.map((a) => `audit.actions.${a}`), ...auditCsvColumns.map((c) => `audit.csv.${c}`)];
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('is translated, not copied, except the format-neutral strings', () => {
    // `change` and `value` are the same patterns in both languages.
    const same = leafKeys(auditLocales.en).filter((key) => get(auditLocales.en, key) === get(auditLocales.vi, key));
    expect(same).toEqual(['audit.activity.change', 'audit.activity.value']);
  });
});
