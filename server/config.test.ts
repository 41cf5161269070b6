import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('server configuration', () => {
  it('trusts no proxy unless told, and reads the proxies it is told to trust', () => {
    expect(readConfig({}).trustedProxies).toEqual([]);
    expect(readConfig({ ATTACHE_TRUSTED_PROXIES: ' 10.0.0.5, 10.1.0.0/16,::1 , fd00::/8,' }).trustedProxies).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8']);
  });

  it('refuses at start a proxy list it cannot read, naming the entry', () => {
    for (const entry of ['proxy.internal', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', '10.0.0.1/x']) {
      expect(() => readConfig({ ATTACHE_TRUSTED_PROXIES: `10.0.0.5,${entry}` })).toThrow(`"${entry}" is neither`);
    }
  });
});
