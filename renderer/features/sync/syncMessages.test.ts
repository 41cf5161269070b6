import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../shared/sync';
import { syncLocales } from './locales';
import { enrollProblemFor, syncErrorKey } from './syncMessages';
import { SyncError } from './syncError';

const lookup = (bundle: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);

describe('syncErrorKey', () => {
  it('has a translated reason for every wire error code and for a missing answer', () => {
    for (const code of [...errorCodes, 'network', 'invalid_response', 'unknown']) {
      const key = syncErrorKey(code);
      expect(key).toBe(`sync.errors.${code}`);
      expect(typeof lookup(syncLocales.en, key)).toBe('string');
      expect(typeof lookup(syncLocales.vi, key)).toBe('string');
    }
  });

  it('never shows a code it does not know as if it were a reason', () => {
    expect(syncErrorKey('forbidden_table')).toBe('sync.errors.unknown');
    expect(syncErrorKey(undefined)).toBe('sync.errors.unknown');
  });
});

describe('enrollProblemFor', () => {
  it('blames the code for an unknown, used or expired code', () => {
    expect(enrollProblemFor(new SyncError('unauthenticated', 401, 'This enrollment code has already been used'))).toEqual({
      field: 'code',
      key: 'sync.enrollErrors.codeInvalid',
    });
    expect(enrollProblemFor(new SyncError('not_found', 404, 'x')).field).toBe('code');
  });

  it('blames the address when nothing answers or something else answers', () => {
    expect(enrollProblemFor(new SyncError('network', 0, 'Failed to fetch'))).toEqual({
      field: 'serverUrl',
      key: 'sync.enrollErrors.unreachable',
    });
    expect(enrollProblemFor(new SyncError('invalid_response', 404, 'HTTP 404'))).toEqual({
      field: 'serverUrl',
      key: 'sync.enrollErrors.notAttache',
    });
  });

  it('reports server trouble for the whole form with a translated reason', () => {
    expect(enrollProblemFor(new SyncError('internal', 500, 'boom'))).toEqual({
      field: 'form',
      key: 'sync.enrollErrors.failed',
      reasonKey: 'sync.errors.internal',
    });
    expect(enrollProblemFor(new SyncError('client_outdated', 426, 'x')).key).toBe('sync.enrollErrors.outdated');
    expect(enrollProblemFor(new TypeError('nope')).reasonKey).toBe('sync.errors.unknown');
  });
});
