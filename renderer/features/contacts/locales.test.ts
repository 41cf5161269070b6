import { describe, expect, it } from 'vitest';
import { contactFieldsSchema } from '../../../shared/domain';
import { leafKeys } from '../../i18n/bundles';
import { contactsLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('contacts strings', () => {
  it('have the same keys in English and Vietnamese, none empty, all under `contacts`', () => {
    expect(leafKeys(contactsLocales.vi)).toEqual(leafKeys(contactsLocales.en));
    expect(Object.keys(contactsLocales.en)).toEqual(['contacts']);
    expect(leafKeys(contactsLocales.vi).filter((key) => String(get(contactsLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, except the words both languages write alike', () => {
    const same = leafKeys(contactsLocales.en).filter((key) => get(contactsLocales.en, key) === get(contactsLocales.vi, key));
    expect(same).toEqual(['contacts.fields.email']);
  });

  it('name every field of a contact, and spell xoá, hoá, huỷ the Vietnamese way', () => {
    const keys = new Set(leafKeys(contactsLocales.en));
    expect(Object.keys(contactFieldsSchema.shape).filter((f) => f !== 'id' && !keys.has(`contacts.fields.${f}`))).toEqual([]);
    const vi = leafKeys(contactsLocales.vi).map((key) => String(get(contactsLocales.vi, key))).join('\n');
    expect(vi).not.toMatch(/xóa|hóa|hủy/i);
  });
});
