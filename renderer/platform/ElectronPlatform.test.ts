import { describe, expect, it, vi } from 'vitest';
import type { AttacheBridge, InvokeChannel, IpcResult, MenuCommand } from '../../shared/ipc/contract';
import { ElectronPlatform, filtersFor } from './ElectronPlatform';
import { PlatformError } from './Platform';
import { selectPlatform } from './selectPlatform';

/** A bridge that records each call and answers from a table, like the preload over real IPC. */
function fakeBridge(answers: Partial<Record<InvokeChannel, IpcResult<unknown>>>) {
  const calls: Array<{ channel: string; request: unknown }> = [];
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge = {
    invoke: async (channel: InvokeChannel, request: unknown) => {
      calls.push({ channel, request });
      return answers[channel] ?? { ok: false, error: { code: 'internal', message: 'no answer' } };
    },
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as AttacheBridge;
  return { bridge, calls, send: (command: MenuCommand) => listeners.forEach((l) => l(command)) };
}

describe('ElectronPlatform', () => {
  it('reports the app version and the host runtime', async () => {
    const { bridge } = fakeBridge({
      'app:info': {
        ok: true,
        value: { name: 'Attaché', version: '0.1.0', electronVersion: '45.4.1', chromeVersion: '140.0', platform: 'linux', locale: 'vi-VN' },
      },
    });
    expect(await new ElectronPlatform(bridge).appInfo()).toEqual({
      name: 'Attaché',
      version: '0.1.0',
      runtime: 'Electron 45.4.1 · Chromium 140.0 · linux',
    });
  });

  it('saves text with a filter for its extension and reports a cancel as false', async () => {
    const { bridge, calls } = fakeBridge({ 'files:save': { ok: true, value: { saved: false } } });
    const saved = await new ElectronPlatform(bridge).saveFile('cases.csv', 'a,b\n', 'text/csv');
    expect(saved).toBe(false);
    expect(calls[0]).toEqual({
      channel: 'files:save',
      request: { suggestedName: 'cases.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], content: { kind: 'text', text: 'a,b\n' } },
    });
  });

  it('returns null when the user cancels the open dialog', async () => {
    const { bridge } = fakeBridge({ 'files:open': { ok: true, value: null } });
    expect(await new ElectronPlatform(bridge).openFile(['.csv'])).toBeNull();
  });

  it('turns a refused call into a PlatformError carrying the contract code', async () => {
    const { bridge } = fakeBridge({ 'links:openExternal': { ok: false, error: { code: 'notAllowed', message: 'file: refused' } } });
    const attempt = new ElectronPlatform(bridge).openExternal('file:///etc/passwd');
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toMatchObject({ code: 'notAllowed' });
  });

  it('sets and clears the sync server through the contract channel', async () => {
    const { bridge, calls } = fakeBridge({ 'sync:setServer': { ok: true, value: null } });
    const platform = new ElectronPlatform(bridge);
    await expect(platform.setSyncServer('https://sync.customs.example')).resolves.toBeUndefined();
    await platform.setSyncServer(null);
    expect(calls).toEqual([
      { channel: 'sync:setServer', request: { origin: 'https://sync.customs.example' } },
      { channel: 'sync:setServer', request: { origin: null } },
    ]);
  });

  it('rejects with the contract code when the main process refuses the sync server', async () => {
    const { bridge } = fakeBridge({ 'sync:setServer': { ok: false, error: { code: 'invalidRequest', message: 'http' } } });
    await expect(new ElectronPlatform(bridge).setSyncServer('http://sync.example')).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'invalidRequest',
    });
  });

  it('asks the main process for the keychain, and a refusal (basic_text) is a PlatformError', async () => {
    const key = new Uint8Array(32).fill(7);
    const { bridge, calls } = fakeBridge({
      'keychain:status': { ok: true, value: { status: 'available' } },
      'keychain:seal': { ok: true, value: { sealed: new Uint8Array([1, 2, 3]) } },
      'keychain:open': { ok: false, error: { code: 'notAllowed', message: 'The OS keychain is insecure' } },
    });
    const platform = new ElectronPlatform(bridge);
    expect(await platform.keychainStatus()).toBe('available');
    expect(await platform.keychainSeal(key)).toEqual(new Uint8Array([1, 2, 3]));
    await expect(platform.keychainOpen(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ name: 'PlatformError', code: 'notAllowed' });
    expect(calls.map((c) => c.channel)).toEqual(['keychain:status', 'keychain:seal', 'keychain:open']);
    expect(calls[1]?.request).toEqual({ key });
  });

  it('prints the page to PDF in the main process and hands back its bytes', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const { bridge, calls } = fakeBridge({ 'print:toPdf': { ok: true, value: { pdf } } });
    expect(await new ElectronPlatform(bridge).printToPdf({ fileName: '2026-K7QX-0042.pdf' })).toEqual(pdf);
    expect(calls).toEqual([{ channel: 'print:toPdf', request: {} }]);
  });

  it('rejects with the contract code when printing fails', async () => {
    const { bridge } = fakeBridge({ 'print:toPdf': { ok: false, error: { code: 'ioError', message: 'render process gone' } } });
    await expect(new ElectronPlatform(bridge).printToPdf({ fileName: 'a.pdf' })).rejects.toMatchObject({ name: 'PlatformError', code: 'ioError' });
  });

  it('delivers menu commands until unsubscribed', () => {
    const { bridge, send } = fakeBridge({});
    const received: MenuCommand[] = [];
    const unsubscribe = new ElectronPlatform(bridge).onMenuCommand((c) => received.push(c));
    send('newCase');
    unsubscribe();
    send('openSettings');
    expect(received).toEqual(['newCase']);
  });

  it('asks the main process to notify, and resolves quietly when it refuses', async () => {
    const { bridge, calls } = fakeBridge({ 'notifications:show': { ok: true, value: null } });
    await new ElectronPlatform(bridge).notify({ title: 'Reply overdue', body: '2026-K7QX-0042', tag: 'reply/1' });
    await new ElectronPlatform(bridge).notify({ title: 'Reply due today', body: '' });
    expect(calls).toEqual([
      { channel: 'notifications:show', request: { title: 'Reply overdue', body: '2026-K7QX-0042', tag: 'reply/1' } },
      { channel: 'notifications:show', request: { title: 'Reply due today', body: '' } },
    ]);
    const refused = fakeBridge({ 'notifications:show': { ok: false, error: { code: 'invalidRequest', message: 'title: too small' } } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(new ElectronPlatform(refused.bridge).notify({ title: '', body: '' })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('filtersFor', () => {
  it('builds dialog filters from extensions and drops malformed ones', () => {
    expect(filtersFor(['.csv', '.txt'])).toEqual([{ name: 'CSV, TXT', extensions: ['csv', 'txt'] }]);
    expect(filtersFor(['../x', ''])).toEqual([]);
  });
});

describe('selectPlatform', () => {
  it('uses Electron when the preload exposed window.attache, the web otherwise', () => {
    expect(selectPlatform({ attache: fakeBridge({}).bridge }).kind).toBe('electron');
    expect(selectPlatform({}).kind).toBe('web');
  });
});
