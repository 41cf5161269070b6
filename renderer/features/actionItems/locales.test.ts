import { describe, expect, it } from 'vitest';
import { actionItemFieldsSchema } from '../../../shared/domain';
import { leafKeys } from '../../i18n/bundles';
import { actionItemsLocales } from './locales';

const get = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle);

describe('action items strings', () => {
  it('have the same keys in English and Vietnamese, none empty, all under `actionItems`', () => {
    expect(leafKeys(actionItemsLocales.vi)).toEqual(leafKeys(actionItemsLocales.en));
    expect(Object.keys(actionItemsLocales.en)).toEqual(['actionItems']);
    expect(leafKeys(actionItemsLocales.vi).filter((key) => String(get(actionItemsLocales.vi, key)).trim() === '')).toEqual([]);
  });

  it('are translated, not copied, except the words both languages write alike', () => {
    const same = leafKeys(actionItemsLocales.en).filter((key) => get(actionItemsLocales.en, key) === get(actionItemsLocales.vi, key));
    expect(same).toEqual(['actionItems.noValue']);
  });

  it('name every field of an action item, and spell xoá, hoá, huỷ the Vietnamese way', () => {
    const keys = new Set(leafKeys(actionItemsLocales.en));
    expect(Object.keys(actionItemFieldsSchema.shape).filter((f) => f !== 'id' && !keys.has(`actionItems.fields.${f}`))).toEqual([]);
    const vi = leafKeys(actionItemsLocales.vi).map((key) => String(get(actionItemsLocales.vi, key))).join('\n');
    expect(vi).not.toMatch(/xóa|hóa|hủy/i);
  });
});

describe('the tracker count', () => {
  it('groups the total’s digits as each language does', async () => {
    const { createInstance } = await import('i18next');
    const i18n = createInstance();
    await i18n.init({ resources: { en: { translation: actionItemsLocales.en }, vi: { translation: actionItemsLocales.vi } }, lng: 'en', interpolation: { escapeValue: false } });
    expect(i18n.t('actionItems.tracker.count', { shown: '1,593', count: 10_010 })).toBe('1,593 of 10,010 action items');
    await i18n.changeLanguage('vi');
    expect(i18n.t('actionItems.tracker.count', { shown: '1.593', count: 10_010 })).toBe('1.593 trên 10.010 việc');
  });
});
