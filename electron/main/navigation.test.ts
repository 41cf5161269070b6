import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

vi.mock('electron', () => ({}));
const { lockDownNavigation } = await import('./navigation');

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

let contents: FakeContents;
const policy = { openExternal: vi.fn(async (_url: string) => undefined), warn: vi.fn() };

beforeEach(() => {
  policy.openExternal.mockClear();
  policy.warn.mockClear();
  contents = new FakeContents();
  lockDownNavigation(contents as unknown as WebContents, policy);
});

const navigate = (url: string) => {
  const event = { url, preventDefault: vi.fn() };
  contents.emit('will-navigate', event);
  return event;
};

describe('navigation lock-down', () => {
  it('keeps the window on the app and opens an allowed link in the system browser', () => {
    const event = navigate('https://www.wcoomd.org/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(policy.openExternal).toHaveBeenCalledWith('https://www.wcoomd.org/');
  });

  it.each(['https://evil.example.attache/', 'app://attache/index.html'])('denies navigating to %s too', (url) => {
    expect(navigate(url).preventDefault).toHaveBeenCalled();
  });

  it('opens nothing for a link outside the allow-list', () => {
    expect(navigate('file:///etc/passwd').preventDefault).toHaveBeenCalled();
    expect(navigate('http://plain.example/').preventDefault).toHaveBeenCalled();
    expect(policy.openExternal).not.toHaveBeenCalled();
    expect(policy.warn).toHaveBeenCalledTimes(2);
  });

  it('denies every new window, handing allowed ones to the system browser', () => {
    expect(contents.windowOpenHandler?.({ url: 'mailto:attache@customs.gov.vn' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(policy.openExternal.mock.calls).toEqual([['mailto:attache@customs.gov.vn']]);
  });

  it('refuses to attach a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('logs an opener failure instead of leaving a rejected promise', async () => {
    policy.openExternal.mockRejectedValueOnce(new Error('no browser'));
    navigate('https://www.wcoomd.org/');
    await vi.waitFor(() => expect(policy.warn).toHaveBeenCalledWith(expect.stringContaining('no browser')));
  });
});
