import { expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

vi.mock('electron', () => ({}));
const { registerInvokeHandlers } = await import('./handlers');
const { invokeChannels, ipcOk } = await import('../../shared/ipc/contract');

it('answers every contract channel through its service', async () => {
  const handlers = new Map<string, (request: unknown, context: { sender: WebContents }) => unknown>();
  const router = { handle: vi.fn((c: string, h: never) => void handlers.set(c, h)), dispose: vi.fn() };
  const info = { name: 'Attaché', version: '0.1.0', electronVersion: '45', chromeVersion: '140', platform: 'linux', locale: 'vi-VN' };
  const services = {
    appInfo: () => info,
    files: { save: vi.fn(async () => ipcOk({ saved: false as const })), open: vi.fn(async () => ipcOk(null)) },
    openExternal: vi.fn(async () => undefined),
  };
  registerInvokeHandlers(router, services);
  expect([...handlers.keys()].sort()).toEqual([...invokeChannels].sort());

  const sender = {} as WebContents;
  expect(await handlers.get('app:info')?.({}, { sender })).toEqual({ ok: true, value: info });
  await handlers.get('files:save')?.({ suggestedName: 'a.txt' }, { sender });
  expect(services.files.save).toHaveBeenCalledWith({ suggestedName: 'a.txt' }, sender);
  await handlers.get('files:open')?.({ filters: [] }, { sender });
  expect(services.files.open).toHaveBeenCalledWith({ filters: [] }, sender);
  expect(await handlers.get('links:openExternal')?.({ url: 'file:///etc/passwd' }, { sender })).toMatchObject({
    ok: false,
    error: { code: 'notAllowed' },
  });
  expect(services.openExternal).not.toHaveBeenCalled();
});
