import { describe, expect, it } from 'vitest';
import { isExternalUrlAllowed } from './Platform';

describe('isExternalUrlAllowed', () => {
  it('lets web and mail links out', () => {
    expect(isExternalUrlAllowed('https://www.customs.gov.vn/')).toBe(true);
    expect(isExternalUrlAllowed('mailto:attache@example.org')).toBe(true);
  });

  it('keeps every other scheme and garbage in', () => {
    for (const url of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'app://attache/x', 'not a url']) {
      expect(isExternalUrlAllowed(url)).toBe(false);
    }
  });
});
