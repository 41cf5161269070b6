import { describe, expect, it } from 'vitest';
import { meetingFieldsSchema } from '../../../shared/domain';
import { leafKeys } from '../../i18n/bundles';
import { meetingsLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('meetings strings', () => {
  it('have the same keys in English and Vietnamese, none empty, all under `meetings`', () => {
    expect(leafKeys(meetingsLocales.vi)).toEqual(leafKeys(meetingsLocales.en));
    expect(Object.keys(meetingsLocales.en)).toEqual(['meetings']);
    expect(leafKeys(meetingsLocales.vi).filter((key) => String(get(meetingsLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, except what both languages write alike', () => {
    const same = leafKeys(meetingsLocales.en).filter((key) => get(meetingsLocales.en, key) === get(meetingsLocales.vi, key));
    expect(same).toEqual([]);
  });

  it('name every field of the meeting form, and spell xoá, hoá, huỷ the Vietnamese way', () => {
    const keys = new Set(leafKeys(meetingsLocales.en));
    const asked = Object.keys(meetingFieldsSchema.shape).filter((f) => !['id', 'startsAt', 'endsAt', 'itemsExchanged', 'caseIds', 'createdAt', 'updatedAt'].includes(f));
    expect(asked.filter((f) => !keys.has(`meetings.fields.${f}`))).toEqual([]);
    const vi = leafKeys(meetingsLocales.vi).map((key) => String(get(meetingsLocales.vi, key))).join('\n');
    expect(vi).not.toMatch(/xóa|hóa|hủy/i);
  });
});
