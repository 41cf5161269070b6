import { describe, expect, it } from 'vitest';
import { msg } from './messageKeys';
import { sampleRecords } from './sampleRecords';
import { recordSchemas, syncedTables } from './tables';
import { flattenMessageKeys, lookupMessage, validationMessages } from './validationMessages';

const enKeys = flattenMessageKeys(validationMessages.en);
const viKeys = flattenMessageKeys(validationMessages.vi);

describe('validation message bundles', () => {
  it('carry the same keys in English and Vietnamese', () => {
    expect([...viKeys].sort()).toEqual([...enKeys].sort());
  });

  it.each(Object.entries(msg))('key %s (%s) has text in both languages', (_, key) => {
    expect(lookupMessage('en', key)?.trim()).toBeTruthy();
    expect(lookupMessage('vi', key)?.trim()).toBeTruthy();
  });

  it('has no text for keys the schemas never emit', () => {
    expect([...enKeys].sort()).toEqual([...new Set(Object.values(msg))].sort());
  });

  it('is really translated: every Vietnamese text differs from the English one', () => {
    const untranslated = enKeys.filter((k) => lookupMessage('en', k) === lookupMessage('vi', k));
    expect(untranslated).toEqual([]);
  });

  it('stores Vietnamese text NFC, like every other stored string', () => {
    for (const k of viKeys) expect(lookupMessage('vi', k)).toBe(lookupMessage('vi', k)?.normalize('NFC'));
  });
});

/** Values that commonly arrive from broken imports, peers on old versions, or untyped forms. */
const junk: unknown[] = [undefined, null, '', '  ', 'zz', 42, -1, 1.5, true, [], ['zz'], [{}], [null], {}, { scheme: 'LEI' }];

describe('every issue a schema raises is a translated key', () => {
  it.each(syncedTables)('%s: junk in any field yields only known message keys', (table) => {
    const schema = recordSchemas[table];
    const seen = new Set<string>();
    for (const field of Object.keys(schema.shape)) {
      for (const value of junk) {
        const result = schema.safeParse({ ...sampleRecords[table], [field]: value });
        for (const issue of result.error?.issues ?? []) seen.add(issue.message);
      }
    }
    for (const whole of [undefined, null, 'case', {}]) {
      for (const issue of schema.safeParse(whole).error?.issues ?? []) seen.add(issue.message);
    }
    const unknown = [...seen].filter((m) => lookupMessage('en', m) === undefined || lookupMessage('vi', m) === undefined);
    expect(unknown).toEqual([]);
  });
});
