import { describe, expect, it } from 'vitest';
import { leafKeys } from '../../i18n/bundles';
import { dashboardLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('dashboard strings', () => {
  it('have the same keys in English and Vietnamese, none empty, all under `dashboard`', () => {
    expect(leafKeys(dashboardLocales.vi)).toEqual(leafKeys(dashboardLocales.en));
    expect(Object.keys(dashboardLocales.en)).toEqual(['dashboard']);
    expect(leafKeys(dashboardLocales.vi).filter((key) => String(get(dashboardLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, except the words both languages write alike', () => {
    const same = leafKeys(dashboardLocales.en).filter((key) => get(dashboardLocales.en, key) === get(dashboardLocales.vi, key));
    expect(same).toEqual(['dashboard.meetings.zoneTime']);
  });

  it('keep the same placeholders, and spell xoá, hoá, huỷ the Vietnamese way', () => {
    const placeholders = (bundle: object, key: string) => (String(get(bundle, key)).match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of leafKeys(dashboardLocales.en)) expect(placeholders(dashboardLocales.vi, key), key).toEqual(placeholders(dashboardLocales.en, key));
    const vi = leafKeys(dashboardLocales.vi).map((key) => String(get(dashboardLocales.vi, key))).join('\n');
    expect(vi).not.toMatch(/xóa|hóa|hủy/i);
  });
});
