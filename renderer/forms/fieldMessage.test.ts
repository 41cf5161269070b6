import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { dateRanges, msg, resolveDateRange, validationMessages } from '../../shared/domain';
import { mergeBundles } from '../i18n/bundles';
import { fieldMessage, type FieldMessageContext } from './fieldMessage';
import { formsLocales } from './locales';

const i18n = i18next.createInstance();
await i18n.init({
  resources: {
    en: { translation: mergeBundles(validationMessages.en, formsLocales.en) },
    vi: { translation: mergeBundles(validationMessages.vi, formsLocales.vi) },
  },
  lng: 'en',
  interpolation: { escapeValue: false },
});

function say(lang: 'en' | 'vi', message: string, context: Pick<FieldMessageContext, 'rules' | 'value'>): string {
  const t = i18n.getFixedT(lang);
  return fieldMessage(message, {
    ...context,
    locale: lang === 'en' ? 'en-GB' : 'vi-VN',
    placeholders: lang === 'en' ? { day: 'dd', month: 'mm', year: 'yyyy' } : { day: 'nn', month: 'tt', year: 'nnnn' },
    t: (key, options) => t(key, options ?? {}),
    exists: (key) => i18n.exists(key, { lng: lang }),
  });
}

describe('fieldMessage', () => {
  it('says the limit of a too long text and its length, numbers written per language', () => {
    const context = { rules: { maxLength: 300 }, value: 'x'.repeat(10_000) };
    expect(say('en', msg.tooLong, context)).toBe('At most 300 characters (this has 10,000).');
    expect(say('vi', msg.tooLong, context)).toBe('Tối đa 300 ký tự (nội dung này có 10.000 ký tự).');
  });

  it('names a date field\'s range in the format the field shows', () => {
    const { max } = resolveDateRange(dateRanges.opened);
    const shown = `${max.slice(8, 10)}/${max.slice(5, 7)}/${max.slice(0, 4)}`;
    const context = { rules: { dateRange: dateRanges.opened }, value: '9999-01-01' };
    expect(say('en', msg.dateOutOfRange, context)).toBe(`Enter a date from 01/01/1990 to ${shown}.`);
    expect(say('vi', msg.dateOutOfRange, context)).toBe(`Vui lòng nhập ngày từ 01/01/1990 đến ${shown}.`);
  });

  it('asks for an empty date in the field\'s format, and names a date that does not exist as typed', () => {
    const empty = { rules: { dateRange: dateRanges.due }, value: '' };
    expect(say('en', msg.dateFormat, empty)).toBe('Enter a date (dd/mm/yyyy).');
    expect(say('vi', msg.dateFormat, empty)).toBe('Vui lòng nhập ngày (nn/tt/nnnn).');
    const typed = { rules: { dateRange: dateRanges.due }, value: '2027-02-29' };
    expect(say('en', msg.dateNotReal, typed)).toBe('29/02/2027 does not exist in the calendar.');
    expect(say('vi', msg.dateNotReal, typed)).toBe('Ngày 29/02/2027 không tồn tại trên lịch.');
  });

  it('translates other keys as they are, and an unknown key as "not valid"', () => {
    expect(say('en', msg.vnTaxCodeCheckDigit, { rules: {}, value: '0101234567' })).toBe('The check digit of this tax code is wrong: check the number.');
    expect(say('vi', 'validation.nothing', { rules: {}, value: '' })).toBe('Giá trị này không hợp lệ.');
  });
});
