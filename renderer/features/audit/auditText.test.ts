import { describe, expect, it } from 'vitest';
import { deviceLabel, recordLabel } from './auditText';
import { auditLocales } from './locales';
import i18next from 'i18next';
import { recordsLocales } from '../../records';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: { ...auditLocales.en, ...recordsLocales.en } }, vi: { translation: { ...auditLocales.vi, ...recordsLocales.vi } } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const t = i18n.t;
const vi = i18n.getFixedT('vi');

describe('audit labels', () => {
  it('name this device in words and another by the start of its id', () => {
    expect(deviceLabel(t, 'a1b2c3d4-0000', 'a1b2c3d4-0000')).toBe('This device');
    expect(deviceLabel(t, '9f8e7d6c-5b4a-4000-8000-000000000000', 'a1b2c3d4-0000')).toBe('Device 9f8e7d6c');
  });

  it('name a case by reference and title, a child by what it is and its case, a missing one as such', () => {
    const caseRef = { id: 'c', reference: '2026-RHT7-0001', title: 'Quartz slabs' };
    const kase = { reference: caseRef.reference, title: caseRef.title, caseId: 'c', named: { table: 'cases', row: { reference: caseRef.reference, title: caseRef.title }, caseRef } };
    expect(recordLabel(t, 'cases', kase)).toBe('2026-RHT7-0001 — Quartz slabs');
    const importer = { reference: caseRef.reference, title: '', caseId: 'c', named: { table: 'parties', row: { role: 'importer', name: 'Nguyễn Thị Hồng Nhung Trading Company Limited' }, caseRef } };
    expect(recordLabel(t, 'parties', importer)).toBe('Importer of 2026-RHT7-0001: Nguyễn Thị Hồng Nhung Trading Company Limited');
    expect(recordLabel(vi, 'parties', importer)).toBe('Nhà nhập khẩu của vụ việc 2026-RHT7-0001: Nguyễn Thị Hồng Nhung Trading Company Limited');
    expect(recordLabel(t, 'goods', { ...importer, named: { table: 'goods', row: { lineNo: 2 }, caseRef } })).toBe('Goods line 2 of 2026-RHT7-0001');
    expect(recordLabel(t, 'cases', { reference: '', title: '', caseId: null })).toBe('Case not on this device');
    expect(recordLabel(vi, 'parties', { reference: '', title: '', caseId: null })).toBe('Bên liên quan không có trên thiết bị này');
  });
});
