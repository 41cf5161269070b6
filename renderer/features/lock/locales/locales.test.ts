import { describe, expect, it } from 'vitest';
import { leafKeys, mergeBundles } from '../../../i18n/bundles';
import { lockLocales } from './index';

describe('lockLocales', () => {
  it('has the same keys in English and Vietnamese, all under lock', () => {
    expect(leafKeys(lockLocales.vi)).toEqual(leafKeys(lockLocales.en));
    expect(Object.keys(mergeBundles(lockLocales.en))).toEqual(['lock']);
  });

  it('has Vietnamese text for every key, not copied English', () => {
    const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
    expect(leafKeys(lockLocales.en).filter((key) => get(lockLocales.en, key) === get(lockLocales.vi, key))).toEqual([]);
  });
});
