import { describe, expect, it } from 'vitest';
import { leafKeys } from '../../../i18n/bundles';
import { meetingDocumentsLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('meeting documents strings', () => {
  it('have the same keys in English and Vietnamese, none empty, all under `meetingDocuments`', () => {
    expect(leafKeys(meetingDocumentsLocales.vi)).toEqual(leafKeys(meetingDocumentsLocales.en));
    expect(Object.keys(meetingDocumentsLocales.en)).toEqual(['meetingDocuments']);
    expect(leafKeys(meetingDocumentsLocales.vi).filter((key) => String(get(meetingDocumentsLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, and keep the same placeholders', () => {
    const keys = leafKeys(meetingDocumentsLocales.en);
    expect(keys.filter((key) => get(meetingDocumentsLocales.en, key) === get(meetingDocumentsLocales.vi, key))).toEqual([]);
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(keys.filter((key) => placeholders(get(meetingDocumentsLocales.en, key)).join() !== placeholders(get(meetingDocumentsLocales.vi, key)).join())).toEqual([]);
  });

  it('spell xoá, hoá, huỷ the Vietnamese way', () => {
    const vi = leafKeys(meetingDocumentsLocales.vi).map((key) => String(get(meetingDocumentsLocales.vi, key))).join('\n');
    expect(vi).not.toMatch(/xóa|hóa|hủy/i);
  });
});
