import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** 0 (very weak) … 4 (very strong), zxcvbn's scale. Setup asks for at least `minimumScore`. */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;
export const minimumScore: StrengthScore = 3;

let estimator: Promise<ZxcvbnFactory> | null = null;

/**
 * zxcvbn with its common-password and keyboard-pattern dictionaries, loaded on first use (about
 * 1 MB, needed only while a passphrase is chosen). `userInputs` (the officer's name…) count as
 * guessable.
 */
export async function passphraseStrength(passphrase: string, userInputs: string[] = []): Promise<StrengthScore> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary } }),
  );
  return (await estimator).check(passphrase, userInputs).score;
}
