import { describe, expect, it } from 'vitest';
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
});
