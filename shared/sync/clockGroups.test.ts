import { describe, expect, it } from 'vitest';
import { groupClocks, ungroupClocks } from './clockGroups';
import type { FieldMeta } from './record';

const created = '001772409600000-00000-0190f0aa-1111-4222-8333-444455556666';
const edited = '001772409700000-00003-0190f0aa-1111-4222-8333-444455556666';

describe('groupClocks', () => {
  it('keeps a row written in one change as one group, fields in order', () => {
    const meta: FieldMeta = { reference: { v: 4, hlc: created }, title: { v: 4, hlc: created }, status: { v: 4, hlc: created } };
    expect(groupClocks(meta)).toEqual([{ v: 4, hlc: created, fields: ['reference', 'title', 'status'] }]);
    expect(ungroupClocks(groupClocks(meta))).toEqual(meta);
  });

  it('splits fields by (v, hlc): the same hlc with another v is another group', () => {
    const meta: FieldMeta = { reference: { v: 4, hlc: created }, title: { v: 9, hlc: edited }, summary: { v: 5, hlc: created } };
    expect(groupClocks(meta)).toEqual([
      { v: 4, hlc: created, fields: ['reference'] },
      { v: 9, hlc: edited, fields: ['title'] },
      { v: 5, hlc: created, fields: ['summary'] },
    ]);
    expect(ungroupClocks(groupClocks(meta))).toEqual(meta);
  });

  it('groups no fields as no groups', () => {
    expect(groupClocks({})).toEqual([]);
    expect(ungroupClocks([])).toEqual({});
  });
});

describe('a group covering its whole record', () => {
  const meta: FieldMeta = { reference: { v: 4, hlc: created }, title: { v: 4, hlc: created } };

  it('is written without names when one clock covers exactly the fields named, in any order', () => {
    expect(groupClocks(meta, ['title', 'reference'])).toEqual([{ v: 4, hlc: created }]);
    expect(ungroupClocks(groupClocks(meta, ['title', 'reference']), () => ['reference', 'title'])).toEqual(meta);
  });

  it('keeps its names when the record has a field without a clock, or a clock of a field it does not hold', () => {
    expect(groupClocks(meta, ['reference', 'title', 'summary'])).toEqual([{ v: 4, hlc: created, fields: ['reference', 'title'] }]);
    expect(groupClocks(meta, ['reference'])).toEqual([{ v: 4, hlc: created, fields: ['reference', 'title'] }]);
    expect(groupClocks(meta, ['reference', 'summary'])).toEqual([{ v: 4, hlc: created, fields: ['reference', 'title'] }]);
  });

  it('cannot be read without the names of the fields it covers', () => {
    expect(() => ungroupClocks([{ v: 4, hlc: created }])).toThrow(TypeError);
  });
});
