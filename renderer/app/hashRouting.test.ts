import { describe, expect, it } from 'vitest';
import { splitHashRoute } from './hashRouting';

describe('splitHashRoute', () => {
  it('reads a query typed into the hash apart from the path', () => {
    expect(splitHashRoute('#/requests/new?caseId=0190-ab')).toEqual({ path: '/requests/new', query: 'caseId=0190-ab' });
    expect(splitHashRoute('#/requests/0190/letter?lang=vi')).toEqual({ path: '/requests/0190/letter', query: 'lang=vi' });
  });

  it('leaves a route without a query whole, and an empty hash as the root', () => {
    expect(splitHashRoute('#/cases/0190')).toEqual({ path: '/cases/0190', query: '' });
    expect(splitHashRoute('')).toEqual({ path: '/', query: '' });
    expect(splitHashRoute('#?x=1')).toEqual({ path: '/', query: 'x=1' });
  });
});
