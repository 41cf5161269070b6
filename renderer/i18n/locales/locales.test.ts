import { describe, expect, it } from 'vitest';
import { leafKeys } from '../bundles';
import { en } from './en';
import { vi } from './vi';

describe('common shell strings', () => {
  it('have the same keys in English and Vietnamese', () => {
    expect(leafKeys(vi)).toEqual(leafKeys(en));
  });

  it('are translated, apart from names that are the same in both languages', () => {
    const sameInBoth = new Set([
      'common.appName',
      'common.languages.en',
      'common.languages.vi',
      'common.shortcuts.keyAlt',
      'common.shortcuts.keyCtrl',
      'common.shortcuts.keyShift',
      'common.shortcuts.keyEscape',
    ]);
    const lookup = (bundle: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);
    const untranslated = leafKeys(en).filter((key) => !sameInBoth.has(key) && lookup(en, key) === lookup(vi, key));
    expect(untranslated).toEqual([]);
  });

  it('name the offline state as the README promises', () => {
    expect(en.common.offline.indicator).toBe('Offline — changes are saved on this device');
  });
});
