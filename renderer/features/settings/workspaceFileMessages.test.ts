import { describe, expect, it } from 'vitest';
import { WorkspaceFileError } from '../../workspaceFile';
import { snapshotKinds } from '../../workspaceFile/snapshotCounts';
import { settingsLocales } from './locales';
import { workspaceFileErrorKeys, workspaceFileProblem } from './workspaceFileMessages';

const lookup = (bundle: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);

describe('workspace file messages', () => {
  it('say every refusal and name every kind counted, in English and Vietnamese', () => {
    const keys = [
      ...Object.values(workspaceFileErrorKeys),
      ...[...Object.keys(snapshotKinds), 'files', 'unsent'].map((kind) => `settings.workspaceFile.kind.${kind}`),
      ...['reading', 'encrypting', 'decrypting', 'writing'].map((step) => `settings.workspaceFile.step.${step}`),
    ];
    for (const bundle of [settingsLocales.en, settingsLocales.vi]) {
      expect(keys.filter((key) => typeof lookup(bundle, key) !== 'string')).toEqual([]);
    }
  });

  it('keeps the words of an error it does not know', () => {
    expect(workspaceFileProblem(new WorkspaceFileError('truncated', 'cut'))).toEqual({ key: 'settings.workspaceFile.error.truncated' });
    expect(workspaceFileProblem(new Error('QuotaExceededError: disk full'))).toEqual({
      key: 'settings.workspaceFile.error.unexpected',
      values: { reason: 'QuotaExceededError: disk full' },
    });
  });
});
