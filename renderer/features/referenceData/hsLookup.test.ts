import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttacheDb } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { loadHs2022 } from './hs2022';
import { findHsMatch, findHsSuggestions } from './hsLookup';
import { importHsNomenclature } from './importHsNomenclature';

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('HS 2022 built in', () => {
  it('holds every code of the shipped file, without its aggregate TOTAL row', async () => {
    const hs2022 = await loadHs2022();
    // 97 chapters + 1,229 headings + 5,613 subheadings.
    expect(hs2022.size).toBe(6939);
    expect(hs2022.get('01')).toEqual({ code: '01', description: 'Animals; live', parent: '', level: 2, section: 'I' });
    expect(hs2022.get('TOTAL')).toBeUndefined();
  });

  it('describes a code on a fresh workspace where nothing was imported', async () => {
    expect(await db.hsCodes.count()).toBe(0);
    expect(await findHsMatch(db, '7604.29')).toMatchObject({
      code: '760429',
      description: 'Aluminium; alloys, bars, rods and profiles, other than hollow',
    });
    // A national 8-digit code is described by its HS 2022 subheading.
    expect(await findHsMatch(db, '8471.30.00')).toMatchObject({ code: '847130' });
    expect(await findHsMatch(db, '7799')).toBeNull(); // chapter 77 is reserved in HS
    expect((await findHsSuggestions(db, '0101', 3)).map((s) => s.code)).toEqual(['0101', '010121', '010129']);
  });

  it('is extended by an imported national tariff, whose own rows win', async () => {
    await importHsNomenclature(
      db,
      [
        'section,hscode,description,parent,level',
        'XV,7604,"Aluminium bars, rods and profiles (national wording)",76,4',
        'XV,76042910,"Aluminium alloy bars, national line",760429,8',
        'XV,76042990,"Other aluminium alloy profiles, national line",760429,8',
      ].join('\n'),
    );
    expect(await findHsMatch(db, '7604.29.10')).toMatchObject({ code: '76042910', description: 'Aluminium alloy bars, national line' });
    // A national code the tariff does not list: its nearest known ancestor, from HS 2022.
    expect(await findHsMatch(db, '7604.29.50')).toMatchObject({ code: '760429', description: 'Aluminium; alloys, bars, rods and profiles, other than hollow' });
    expect(await findHsMatch(db, '7604')).toMatchObject({ description: 'Aluminium bars, rods and profiles (national wording)' });
    expect((await findHsSuggestions(db, '760429', 10)).map((s) => s.code)).toEqual(['760429', '76042910', '76042990']);
    expect((await findHsSuggestions(db, '7604', 3)).map((s) => [s.code, s.description.slice(0, 20)])).toEqual([
      ['7604', 'Aluminium bars, rods'],
      ['760410', 'Aluminium; (not allo'],
      ['760421', 'Aluminium; alloys, h'],
    ]);
  });
});
