import { describe, expect, it } from 'vitest';
import { countryChoices } from './countryChoices';

describe('countryChoices', () => {
  it('names each country in the UI language, its ISO code the id and the detail', () => {
    expect(countryChoices('en').find((c) => c.id === 'VN')).toEqual({ id: 'VN', label: 'Vietnam', detail: 'VN' });
    expect(countryChoices('vi').find((c) => c.id === 'VN')).toEqual({ id: 'VN', label: 'Việt Nam', detail: 'VN' });
  });

  it('sorts by the name as the language sorts it, every country once', () => {
    const vi = countryChoices('vi');
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    expect(vi.map((c) => c.label)).toEqual([...vi.map((c) => c.label)].sort(collator.compare));
    expect(new Set(vi.map((c) => c.id)).size).toBe(vi.length);
    expect(vi.length).toBeGreaterThan(240);
  });
});
