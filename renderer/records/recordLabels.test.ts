import { describe, expect, it } from 'vitest';
import { recordSchemas, recordTables, requestStatuses } from '../../shared/domain';
import { leafKeys, type Bundle } from '../i18n';
import { caseTables, fieldKind, recordEnums } from './fieldKinds';
import { recordsLocales } from './locales';
import { fieldLabel, tableLabel } from './recordLabels';
import { recordsTranslation } from './testI18n';

const keys = { en: new Set(leafKeys(recordsLocales.en as Bundle)), vi: new Set(leafKeys(recordsLocales.vi as Bundle)) };

describe('record labels', () => {
  it('have the same keys in English and Vietnamese', () => {
    expect([...keys.vi]).toEqual([...keys.en]);
  });

  // Over the schemas, not over a list kept by hand: a field added to a case table without a label
  // (or without a kind saying how its value reads) fails here.
  it.each(caseTables)('name every field of %s in both languages, with a kind for its value', (table) => {
    const fields = Object.keys(recordSchemas[table].shape);
    expect(fields.length).toBeGreaterThan(2);
    for (const field of fields) {
      expect(fieldKind(table, field), `${table}.${field} kind`).toBeDefined();
      for (const language of ['en', 'vi'] as const) {
        expect(keys[language].has(`records.fields.${table}.${field}`), `${language} ${table}.${field}`).toBe(true);
        const { t } = recordsTranslation(language);
        expect(fieldLabel(t, table, field)).not.toBe(field);
      }
    }
  });

  it('name every value of every enumeration in both languages', () => {
    for (const [name, values] of Object.entries(recordEnums)) {
      for (const value of values) {
        for (const language of ['en', 'vi'] as const) {
          expect(keys[language].has(`records.values.${name}.${value}`), `${language} ${name}.${value}`).toBe(true);
        }
      }
    }
  });

  it('name every table, and are translated rather than copied', () => {
    for (const table of recordTables) for (const language of ['en', 'vi'] as const) expect(keys[language].has(`records.tables.${table}`)).toBe(true);
    const statuses = (language: 'en' | 'vi') => recordsLocales[language].records.values.requestStatus;
    for (const s of requestStatuses) expect(statuses('vi')[s]).not.toBe(statuses('en')[s]);
  });

  it('read as the case form reads them', () => {
    const en = recordsTranslation('en');
    const vi = recordsTranslation('vi');
    expect(fieldLabel(en.t, 'parties', 'role')).toBe('Role');
    expect(fieldLabel(vi.t, 'parties', 'role')).toBe('Vai trò');
    expect(fieldLabel(en.t, 'shipments', 'portOfLoading')).toBe('Port of loading (UN/LOCODE)');
    expect(fieldLabel(vi.t, 'notes', 'fromStatus')).toBe('Trạng thái trước');
    expect(fieldLabel(en.t, 'goods', 'caseId')).toBe('Case');
    expect(tableLabel(vi.t, 'goods')).toBe('Dòng hàng');
    // A field of a table whose screen is still to come shows its name rather than nothing.
    expect(fieldLabel(en.t, 'meetings', 'venue')).toBe('venue');
  });
});
