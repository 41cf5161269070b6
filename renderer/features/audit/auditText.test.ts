import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { conflictsLocales } from '../conflicts';
import { deviceLabel, recordLabel } from './auditText';
import { auditLocales } from './locales';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: { ...auditLocales.en, ...conflictsLocales.en } } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const t = i18n.t;

describe('audit labels', () => {
  it('name this device in words and another by the start of its id', () => {
    expect(deviceLabel(t, 'a1b2c3d4-0000', 'a1b2c3d4-0000')).toBe('This device');
    expect(deviceLabel(t, '9f8e7d6c-5b4a-4000-8000-000000000000', 'a1b2c3d4-0000')).toBe('Device 9f8e7d6c');
  });

  it('name a case by reference and title, a record of a case by kind and reference, a missing one as such', () => {
    expect(recordLabel(t, 'cases', { reference: '2026-K7QX-0042', title: 'Quartz slabs', caseId: 'c' })).toBe('2026-K7QX-0042 — Quartz slabs');
    expect(recordLabel(t, 'parties', { reference: '2026-K7QX-0042', title: '', caseId: 'c' })).toBe('Party · 2026-K7QX-0042');
    expect(recordLabel(t, 'meetings', { reference: '', title: 'JCC 5', caseId: null })).toBe('Meeting · JCC 5');
    expect(recordLabel(t, 'cases', { reference: '', title: '', caseId: null })).toBe('Case · Not on this device');
  });
});
