import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { mergeChange, mutatedRecords } from './mutatedRecords';

const keys = (...ids: string[]) => new RangeSet().addKeys(ids);

describe('mutatedRecords', () => {
  it('lists the ids of the indexed tables a write names', () => {
    const parts = {
      'idb://attache-ws-local/cases/': keys('b', 'a', 'c'),
      'idb://attache-ws-local/cases/:dels': keys('a'),
      'idb://attache-ws-local/cases/status': keys('open'),
      'idb://attache-ws-local/parties/': keys('p'),
      'idb://attache-ws-local/outbox/': new RangeSet(1, 9),
      'idb://attache-ws-other/cases/': keys('x'),
    };
    const changes = mutatedRecords(parts, 'attache-ws-local');
    expect([...changes.keys()]).toEqual(['cases', 'parties']);
    expect([...(changes.get('cases') as string[])].sort()).toEqual(['a', 'b', 'c']);
    expect(changes.get('parties')).toEqual(['p']);
  });

  it('asks for the whole table when a write names a range (bulk writes, clears)', () => {
    const parts = { 'idb://db/contacts/': new RangeSet('', '\uffff'), 'idb://db/meetings/': new RangeSet() };
    expect(mutatedRecords(parts, 'db')).toEqual(new Map([['contacts', 'all']]));
  });

  it('reads plain trees too (events from another window arrive structured-cloned)', () => {
    const parts = { 'idb://db/cases/': structuredClone({ ...keys('a', 'b') }) };
    expect([...(mutatedRecords(parts, 'db').get('cases') as string[])].sort()).toEqual(['a', 'b']);
  });
});

describe('mergeChange', () => {
  it('unites ids, and anything absorbs them', () => {
    expect(mergeChange(['a'], ['a', 'b'])).toEqual(['a', 'b']);
    expect(mergeChange(undefined, ['a'])).toEqual(['a']);
    expect(mergeChange(['a'], 'all')).toBe('all');
    expect(mergeChange('all', ['a'])).toBe('all');
  });

  it('turns too many ids into a whole-table read', () => {
    const many = Array.from({ length: 2001 }, (_, i) => `id${i}`);
    expect(mergeChange(many.slice(0, 1000), many.slice(1000))).toBe('all');
  });
});
