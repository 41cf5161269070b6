import { describe, expect, it } from 'vitest';
import {
  attacheBridgeKeys,
  invokeChannels,
  invokeContract,
  isInvokeChannel,
  isMenuCommand,
  mainEventContract,
  mainEventChannels,
  maxSaveBytes,
  menuCommands,
} from './contract';

describe('IPC contract', () => {
  it('has a schema for exactly the listed channels, all named domain:verb', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(mainEventContract).sort()).toEqual([...mainEventChannels].sort());
    for (const channel of [...invokeChannels, ...mainEventChannels]) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('recognises contract channels and menu commands and nothing else', () => {
    expect(isInvokeChannel('files:open')).toBe(true);
    expect(isInvokeChannel('files:delete')).toBe(false);
    expect(isInvokeChannel(42)).toBe(false);
    expect(menuCommands.every(isMenuCommand)).toBe(true);
    expect(isMenuCommand('quit')).toBe(false);
    expect(mainEventContract['menu:command'].safeParse('newCase').success).toBe(true);
    expect(mainEventContract['menu:command'].safeParse('deleteEverything').success).toBe(false);
  });

  it('names the bridge keys the preload must expose', () => {
    expect([...attacheBridgeKeys].sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  describe('files:save request', () => {
    const save = invokeContract['files:save'].request;
    const text = { kind: 'text', text: 'a,b\n' } as const;

    it('accepts a bare file name with text or bytes, filling in no filters', () => {
      expect(save.parse({ suggestedName: 'Thư xác minh 2026.pdf', content: text }).filters).toEqual([]);
      expect(save.safeParse({ suggestedName: 'a.bin', content: { kind: 'bytes', bytes: new Uint8Array([1, 2]) } }).success).toBe(true);
    });

    it.each(['../.bashrc', '/etc/passwd', 'C:\\Windows\\x.dll', 'a/b.txt', '..', 'x\u0000.txt', ''])(
      'refuses the file name %j',
      (suggestedName) => {
        expect(save.safeParse({ suggestedName, content: text }).success).toBe(false);
      },
    );

    it('refuses unknown keys, a missing content and oversized bytes', () => {
      expect(save.safeParse({ suggestedName: 'a.txt', content: text, path: '/tmp/a.txt' }).success).toBe(false);
      expect(save.safeParse({ suggestedName: 'a.txt' }).success).toBe(false);
      const huge = { kind: 'bytes', bytes: new Uint8Array(maxSaveBytes + 1) };
      expect(save.safeParse({ suggestedName: 'a.bin', content: huge }).success).toBe(false);
    });
  });

  it('refuses filters with odd extensions, and non-string links', () => {
    const open = invokeContract['files:open'].request;
    expect(open.safeParse({ filters: [{ name: 'CSV', extensions: ['csv'] }] }).success).toBe(true);
    expect(open.safeParse({ filters: [{ name: 'CSV', extensions: ['.csv;rm'] }] }).success).toBe(false);
    expect(invokeContract['links:openExternal'].request.safeParse({ url: 42 }).success).toBe(false);
    expect(invokeContract['app:info'].request.safeParse({ extra: true }).success).toBe(false);
  });
});

describe('sync:setServer request', () => {
  const setServer = invokeContract['sync:setServer'].request;

  it.each(['https://sync.customs.example', 'https://sync.customs.example:8443', 'http://127.0.0.1:4000', 'http://localhost:4000', 'http://[::1]:4000'])(
    'accepts the origin %j',
    (origin) => {
      expect(setServer.parse({ origin })).toEqual({ origin });
    },
  );

  it('accepts null, which forgets the server', () => {
    expect(setServer.parse({ origin: null })).toEqual({ origin: null });
  });

  it.each([
    'http://sync.customs.example',
    'http://192.168.1.10:4000',
    'ws://127.0.0.1:4000',
    'file:///etc/passwd',
    'https://sync.customs.example/',
    'https://sync.customs.example/api',
    'https://u:p@sync.customs.example',
    'https://sync.customs.example:443',
    "https://x.example; script-src 'unsafe-inline'",
    'sync.customs.example',
    '',
  ])('refuses %j', (origin) => {
    expect(setServer.safeParse({ origin }).success).toBe(false);
  });

  it('refuses a missing origin and unknown keys', () => {
    expect(setServer.safeParse({}).success).toBe(false);
    expect(setServer.safeParse({ origin: null, reload: false }).success).toBe(false);
  });
});
