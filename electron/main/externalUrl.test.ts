import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { isAllowedExternalUrl, openExternalLink } = await import('./externalUrl');

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.wcoomd.org/en/topics/origin.aspx',
    'https://customs.gov.vn/index.jsp?pageId=1#x',
    'mailto:attache@customs.gov.vn',
    'mailto:attache@customs.gov.vn?subject=Xác%20minh',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://customs.gov.vn/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://attache/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker.example/share',
    'https://user:password@customs.gov.vn/',
    'mailto:',
    'mailto:not-an-address',
    'https:/',
    `https://example.com/${'a'.repeat(2100)}`,
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('openExternalLink', () => {
  it('opens an allowed link and answers ok', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalLink('https://wcoomd.org', open)).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith('https://wcoomd.org');
  });

  it('never hands a refused link to the operating system', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalLink('file:///bin/sh', open)).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    expect(open).not.toHaveBeenCalled();
  });

  it('reports a failing opener as ioError instead of throwing', async () => {
    const open = vi.fn(async () => Promise.reject(new Error('no browser')));
    expect(await openExternalLink('https://wcoomd.org', open)).toMatchObject({ ok: false, error: { code: 'ioError' } });
  });
});
