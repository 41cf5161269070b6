import { describe, expect, it } from 'vitest';
import { detectLanguage } from './languages';

describe('detectLanguage', () => {
  it('starts in Vietnamese on a Vietnamese system', () => {
    expect(detectLanguage(['vi-VN', 'en-US'])).toBe('vi');
  });

  it('takes the first supported language in preference order', () => {
    expect(detectLanguage(['fr-FR', 'en-GB', 'vi'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(detectLanguage(['de-DE'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
