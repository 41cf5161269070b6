import { describe, expect, it } from 'vitest';
import { leafKeys } from '../../i18n/bundles';
import { settingsLocales } from './locales';

describe('settingsLocales', () => {
  it('has the same keys in English and Vietnamese', () => {
    expect(leafKeys(settingsLocales.vi)).toEqual(leafKeys(settingsLocales.en));
  });

  it('has Vietnamese text for every key, not copied English', () => {
    const en = leafKeys(settingsLocales.en);
    const copied = en.filter((key) => {
      const get = (bundle: object) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
      return get(settingsLocales.en) === get(settingsLocales.vi);
    });
    expect(copied).toEqual([]);
  });
});
