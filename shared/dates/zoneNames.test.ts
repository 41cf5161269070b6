import { describe, expect, it } from 'vitest';
import { currentZoneName, zoneCity } from './zoneNames';

describe('time zone names', () => {
  it('names a zone by its city, with the name in force for the old links ICU reports', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('Asia/Saigon')).toBe('Ho Chi Minh');
    expect(zoneCity('Europe/Kiev')).toBe('Kyiv');
    expect(zoneCity('UTC')).toBe('UTC');
  });

  it('leaves a current name as it is', () => {
    expect(currentZoneName('Asia/Ho_Chi_Minh')).toBe('Asia/Ho_Chi_Minh');
    expect(currentZoneName('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
  });
});
