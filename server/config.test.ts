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

  it('runs one process unless told, and several only on PostgreSQL', () => {
    expect(readConfig({}).workers).toBe(1);
    expect(readConfig({ ATTACHE_WORKERS: '2', DATABASE_URL: 'postgres://attache@db/attache' }).workers).toBe(2);
    expect(() => readConfig({ ATTACHE_WORKERS: '2' })).toThrow('needs DATABASE_URL');
    for (const value of ['0', '1.5', 'two', '65']) {
      expect(() => readConfig({ ATTACHE_WORKERS: value, DATABASE_URL: 'postgres://attache@db/attache' })).toThrow(`got ${value}`);
    }
  });
});
