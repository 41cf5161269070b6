import { describe, expect, it } from 'vitest';
import { leafKeys } from '../../../i18n/bundles';
import { meetingModeLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('meeting mode strings', () => {
  it('have the same keys in English and Vietnamese, none empty, all under `meetingMode`', () => {
    expect(leafKeys(meetingModeLocales.vi)).toEqual(leafKeys(meetingModeLocales.en));
    expect(Object.keys(meetingModeLocales.en)).toEqual(['meetingMode']);
    expect(leafKeys(meetingModeLocales.vi).filter((key) => String(get(meetingModeLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, except the ones made only of values', () => {
    const same = leafKeys(meetingModeLocales.en).filter((key) => get(meetingModeLocales.en, key) === get(meetingModeLocales.vi, key));
    expect(same).toEqual(['meetingMode.box.kindOption', 'meetingMode.clock.reading']);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (bundle: object, key: string) => [...String(get(bundle, key)).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of leafKeys(meetingModeLocales.en)) expect(placeholders(meetingModeLocales.vi, key), key).toEqual(placeholders(meetingModeLocales.en, key));
  });

  it('spell xoá, hoá, huỷ the Vietnamese way', () => {
    const vi = leafKeys(meetingModeLocales.vi).map((key) => String(get(meetingModeLocales.vi, key))).join('\n');
    expect(vi).not.toMatch(/xóa|hóa|hủy/i);
  });
});
