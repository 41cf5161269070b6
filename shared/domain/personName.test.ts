import { describe, expect, it } from 'vitest';
import { formatPersonName, usualNameOrder } from './personName';

describe('name order', () => {
  it('guesses family name first for Vietnamese, Chinese, Korean, Japanese and Hungarian names, given name first elsewhere', () => {
    expect(['VN', 'cn', 'KR', 'JP', 'HU'].map(usualNameOrder)).toEqual(['familyFirst', 'familyFirst', 'familyFirst', 'familyFirst', 'familyFirst']);
    expect(['US', 'FR', 'TH', ''].map(usualNameOrder)).toEqual(['givenFirst', 'givenFirst', 'givenFirst', 'givenFirst']);
  });

  it('writes a name in its own order', () => {
    expect(formatPersonName({ familyName: 'Nguyễn', givenName: 'Văn An', nameOrder: usualNameOrder('VN') })).toBe('Nguyễn Văn An');
    expect(formatPersonName({ familyName: 'Smith', givenName: 'Anna', nameOrder: usualNameOrder('US') })).toBe('Anna Smith');
  });
});
