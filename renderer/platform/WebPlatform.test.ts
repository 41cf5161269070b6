import { describe, expect, it } from 'vitest';
import { WebPlatform } from './WebPlatform';

describe('WebPlatform', () => {
  it('leaves the sync server to the policy of the server hosting the page', async () => {
    // No window or document in this environment: touching either would throw.
    const platform = new WebPlatform();
    await expect(platform.setSyncServer('https://sync.customs.example')).resolves.toBeUndefined();
    await expect(platform.setSyncServer(null)).resolves.toBeUndefined();
  });

  it('offers no OS keychain: the passphrase each time', async () => {
    const platform = new WebPlatform();
    expect(await platform.keychainStatus()).toBe('unavailable');
    await expect(platform.keychainSeal()).rejects.toMatchObject({ code: 'notAllowed' });
    await expect(platform.keychainOpen()).rejects.toMatchObject({ code: 'notAllowed' });
  });
});
