import { describe, expect, it } from 'vitest';
import { minimumScore, passphraseStrength } from './passphraseStrength';

describe('passphrase strength', () => {
  it('rates common passwords and keyboard runs weak, several unrelated words strong', async () => {
    expect(await passphraseStrength('password123')).toBeLessThan(minimumScore);
    expect(await passphraseStrength('qwertyuiop12')).toBeLessThan(minimumScore);
    expect(await passphraseStrength('mango tàu hỏa Geneva ngựa 47')).toBeGreaterThanOrEqual(minimumScore);
  });

  it('counts the officer’s own name as guessable', async () => {
    const name = 'nguyenvancan1975';
    expect(await passphraseStrength(name, ['nguyenvancan1975'])).toBeLessThan(await passphraseStrength(name));
  });
});
