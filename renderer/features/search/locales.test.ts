import { describe, expect, it } from 'vitest';
import { leafKeys, type Bundle } from '../../i18n/bundles';
import { searchLocales } from './locales';
import { searchTypes } from './searchTypes';

const { en, vi } = searchLocales as { en: Bundle; vi: Bundle };

describe('searchLocales', () => {
  it('has the same keys in English and Vietnamese, none empty', () => {
    expect(leafKeys(vi)).toEqual(leafKeys(en));
    const values = (b: Bundle): string[] => Object.values(b).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
    expect(values(vi).every((v) => v.trim() !== '')).toBe(true);
  });

  it('names the group of every kind of result, translated', () => {
    const groups = (b: Bundle) => (b.search as Bundle).groups as Bundle;
    for (const type of searchTypes) {
      expect(groups(en)[type]).toBeTruthy();
      expect(groups(vi)[type]).not.toBe(groups(en)[type]);
    }
  });

  it('keeps the placeholders of each string in both languages', () => {
    // `{{kinds, list}}`: the name and its format.
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+(?:, \w+)?)\}\}/g)].map((m) => m[1]).sort();
    const flat = (b: Bundle, prefix = ''): [string, string][] =>
      Object.entries(b).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flat(v, `${prefix}${k}.`)));
    const viByKey = new Map(flat(vi));
    for (const [key, text] of flat(en)) expect(placeholders(viByKey.get(key)!), key).toEqual(placeholders(text));
  });
});
