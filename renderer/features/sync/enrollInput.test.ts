import { describe, expect, it } from 'vitest';
import { checkDeviceName, checkEnrollmentCode, checkServerUrl, defaultDeviceName } from './enrollInput';

describe('checkServerUrl', () => {
  it('accepts an https address and drops the trailing slash and spaces', () => {
    expect(checkServerUrl('  https://attache.example.gov.vn/  ')).toEqual({ value: 'https://attache.example.gov.vn', errorKey: null });
    expect(checkServerUrl('https://sync.example:8443/attache/').value).toBe('https://sync.example:8443/attache');
  });

  it('accepts plain http only for a server on this computer', () => {
    expect(checkServerUrl('http://127.0.0.1:8787').errorKey).toBeNull();
    expect(checkServerUrl('http://localhost:8787/').value).toBe('http://localhost:8787');
    expect(checkServerUrl('http://[::1]:8787').errorKey).toBeNull();
    expect(checkServerUrl('http://attache.example.gov.vn').errorKey).toBe('sync.enrollErrors.urlInsecure');
    expect(checkServerUrl('http://127.0.0.1.evil.example').errorKey).toBe('sync.enrollErrors.urlInsecure');
  });

  it('refuses what is not a plain server address', () => {
    expect(checkServerUrl('').errorKey).toBe('sync.enrollErrors.urlRequired');
    expect(checkServerUrl('attache.example.gov.vn').errorKey).toBe('sync.enrollErrors.urlInvalid');
    expect(checkServerUrl('ftp://attache.example.gov.vn').errorKey).toBe('sync.enrollErrors.urlInvalid');
    expect(checkServerUrl('https://user:pw@attache.example.gov.vn').errorKey).toBe('sync.enrollErrors.urlInvalid');
    expect(checkServerUrl('https://attache.example.gov.vn/?x=1').errorKey).toBe('sync.enrollErrors.urlInvalid');
  });
});

describe('enrollment code and device name', () => {
  it('trims a pasted code and requires one', () => {
    expect(checkEnrollmentCode('  K7QX-2H9M \n')).toEqual({ value: 'K7QX-2H9M', errorKey: null });
    expect(checkEnrollmentCode('   ').errorKey).toBe('sync.enrollErrors.codeRequired');
  });

  it('normalises the device name and bounds it as the server does', () => {
    expect(checkDeviceName(' Nguye\u0302\u0303n   laptop ').value).toBe('Nguyễn laptop');
    expect(checkDeviceName('').errorKey).toBe('sync.enrollErrors.deviceNameRequired');
    expect(checkDeviceName('x'.repeat(201)).errorKey).toBe('sync.enrollErrors.deviceNameTooLong');
  });

  it('proposes a name saying who and on what', () => {
    expect(defaultDeviceName('Nguyễn Văn An', 'desktop app', 'linux')).toBe('Nguyễn Văn An · desktop app · linux');
    expect(defaultDeviceName('Attaché', 'web browser', undefined)).toBe('Attaché · web browser');
  });
});
