import { describe, expect, it } from 'vitest';
import { leafKeys, mergeBundles } from '../../../i18n/bundles';
import { syncLocales } from './index';

// The app's own name stays the same in both languages.
const sameInBothLanguages = ['sync.settings.deviceNameFallback'];

describe('syncLocales', () => {
  it('has the same keys in English and Vietnamese, all under sync', () => {
    expect(leafKeys(syncLocales.vi)).toEqual(leafKeys(syncLocales.en));
    expect(Object.keys(mergeBundles(syncLocales.en))).toEqual(['sync']);
  });

  it('has Vietnamese text for every key, not copied English', () => {
    const get = (bundle: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
    const copied = leafKeys(syncLocales.en).filter(
      (key) => !sameInBothLanguages.includes(key) && get(syncLocales.en, key) === get(syncLocales.vi, key),
    );
    expect(copied).toEqual([]);
  });

  it('has a text for every role the server can give', () => {
    for (const role of ['admin', 'member', 'viewer']) {
      expect((syncLocales.vi.sync.settings.roles as Record<string, string>)[role]).toBeTruthy();
    }
  });
});
