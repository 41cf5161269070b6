import { describe, expect, it } from 'vitest';
import { leafKeys, mergeBundles } from './bundles';

describe('mergeBundles', () => {
  it('deep-merges bundles that own different keys', () => {
    const merged = mergeBundles({ common: { a: 'A' } }, { cases: { list: { title: 'Cases' } } }, { common: { b: 'B' } });
    expect(merged).toEqual({ common: { a: 'A', b: 'B' }, cases: { list: { title: 'Cases' } } });
  });

  it('refuses two bundles defining the same key, naming it', () => {
    expect(() => mergeBundles({ cases: { title: 'x' } }, { cases: { title: 'y' } })).toThrow('cases.title');
    expect(() => mergeBundles({ cases: 'x' }, { cases: { title: 'y' } })).toThrow('"cases"');
  });

  it('does not alter its inputs', () => {
    const first = { common: { a: 'A' } };
    mergeBundles(first, { common: { b: 'B' } });
    expect(first).toEqual({ common: { a: 'A' } });
  });
});

describe('leafKeys', () => {
  it('lists dotted paths of every string leaf', () => {
    expect(leafKeys({ b: { c: 'x', d: { e: 'y' } }, a: 'z' })).toEqual(['a', 'b.c', 'b.d.e']);
  });
});
