import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { HsImportError, importHsNomenclature, type HsImportProgress } from './importHsNomenclature';

// The HS 2022 nomenclature as UN Comtrade publishes it, shipped in the repository.
const hs2022Path = fileURLToPath(new URL('../../../assets/reference/hs2022.csv', import.meta.url));

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('importHsNomenclature on the real HS 2022 file', () => {
  it('imports every code and reports only the aggregate TOTAL row', async () => {
    const text = await readFile(hs2022Path, 'utf8');
    // What the file holds: 6,940 data rows = 97 chapters + 1,229 headings + 5,613 subheadings
    // + one "TOTAL" row (level 5) that sums the others and is no commodity code.
    const progress: HsImportProgress[] = [];
    const result = await importHsNomenclature(db, new File([text], 'hs2022.csv', { type: 'text/csv' }), (p) => progress.push(p));

    expect(result.imported).toBe(6939);
    expect(result.rejected).toEqual([
      { line: 6941, reason: 'aggregateRow', raw: 'TOTAL,TOTAL,Total of all HS2022 commodities,TOTAL,5' },
    ]);
    expect(await db.hsCodes.count()).toBe(6939);
    expect(await db.hsCodes.where('code').anyOf('01', '0101', '010121').toArray()).toEqual([
      { code: '01', description: 'Animals; live', parent: '', level: 2, section: 'I' },
      { code: '0101', description: 'Horses, asses, mules and hinnies; live', parent: '01', level: 4, section: 'I' },
      { code: '010121', description: 'Horses; live, pure-bred breeding animals', parent: '0101', level: 6, section: 'I' },
    ]);

    // Progress is reported per chunk, only grows, and ends at exactly 1.
    expect(progress.length).toBeGreaterThan(3);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ rowsRead: 6940, imported: 6939, rejected: 1, fraction: 1 });
  });

  it('re-importing replaces codes in place instead of duplicating them', async () => {
    await importHsNomenclature(db, 'section,hscode,description,parent,level\nI,0101,Old text,01,4\n');
    await importHsNomenclature(db, 'section,hscode,description,parent,level\nI,0101,New text,01,4\n');
    expect(await db.hsCodes.toArray()).toEqual([{ code: '0101', description: 'New text', parent: '01', level: 4, section: 'I' }]);
  });
});

describe('importHsNomenclature on a broken file', () => {
  it('imports the good rows and reports each bad one with its line and reason', async () => {
    const csv = [
      'section,hscode,description,parent,level',
      'I,01,Animals; live,TOTAL,2', // line 2: good
      'I,0101,"Horses, asses, mules and hinnies; live",01,4', // 3: good
      'I,01012,Five digits,0101,5', // 4
      'I,01AB,Letters,01,4', // 5
      'I,010121,Level wrong,0101,4', // 6
      'I,010129,,0101,6', // 7
      'I,010130,Wrong parent,0102,6', // 8
      'I,0101,Again,01,4', // 9
      'I,010190,Too,many,columns,6', // 10
      '', // 11: blank, ignored
      'I,8471.30,Portable computers,8471,6', // 12: good (dots stripped)
      ',,,,', // 13
    ].join('\n');
    const result = await importHsNomenclature(db, csv);
    expect(result.imported).toBe(3);
    expect(result.rejected.map(({ line, reason }) => [line, reason])).toEqual([
      [4, 'codeFormat'],
      [5, 'codeFormat'],
      [6, 'levelMismatch'],
      [7, 'descriptionMissing'],
      [8, 'parentMismatch'],
      [9, 'duplicateCode'],
      [10, 'columnCount'],
      [13, 'codeMissing'],
    ]);
    expect(result.rejected[0]!.raw).toBe('I,01012,Five digits,0101,5');
    expect((await db.hsCodes.toCollection().primaryKeys()).sort()).toEqual(['01', '0101', '847130']);
  });

  it('refuses a file without the required columns and writes nothing', async () => {
    await expect(importHsNomenclature(db, 'code,text\n0101,Horses\n')).rejects.toEqual(new HsImportError('missingColumns'));
    await expect(importHsNomenclature(db, '')).rejects.toBeInstanceOf(HsImportError);
    expect(await db.hsCodes.count()).toBe(0);
  });
});
