import { describe, expect, it } from 'vitest';
import { checkDisplayName } from './displayName';

describe('checkDisplayName', () => {
  it('stores Vietnamese names in one normal form, whatever the keyboard produced', () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n An';
    expect(checkDisplayName(`  ${decomposed}  `)).toEqual({ value: 'Nguyễn Văn An', errorKey: null });
  });

  it('collapses inner whitespace', () => {
    expect(checkDisplayName('Trần   Thị\tBình').value).toBe('Trần Thị Bình');
  });

  it('refuses an empty or whitespace-only name', () => {
    expect(checkDisplayName('   ').errorKey).toBe('settings.profile.nameRequired');
  });

  it('refuses a name over 100 characters', () => {
    expect(checkDisplayName('a'.repeat(101)).errorKey).toBe('settings.profile.nameTooLong');
    expect(checkDisplayName('a'.repeat(100)).errorKey).toBeNull();
  });
});
