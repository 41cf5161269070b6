import { describe, expect, it } from 'vitest';
import { leafKeys, type Bundle } from '../i18n/bundles';
import { attachmentsLocales } from './locales';

const { en, vi } = attachmentsLocales as { en: Bundle; vi: Bundle };
const leaves = (b: Bundle): string[] => Object.values(b).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));

describe('attachmentsLocales', () => {
  it('owns the one top-level key `attachments`, with the same keys in English and Vietnamese, none empty', () => {
    expect(Object.keys(en)).toEqual(['attachments']);
    expect(leafKeys(vi)).toEqual(leafKeys(en));
    expect(leaves(vi).every((v) => v.trim() !== '')).toBe(true);
  });

  it('keeps every placeholder of the English text in the Vietnamese one', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const enLeaves = leaves(en);
    leaves(vi).forEach((v, i) => expect(placeholders(v)).toEqual(placeholders(enLeaves[i]!)));
  });
});
