import { afterEach, describe, expect, it, vi } from 'vitest';
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

/** The Web Notifications API as a browser offers it, with the user's answer to the permission prompt. */
function stubNotifications(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const shown: Array<{ title: string; options: NotificationOptions | undefined }> = [];
  const requestPermission = vi.fn(async () => answer);
  class FakeNotification {
    static permission = permission;
    static requestPermission = requestPermission;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, requestPermission };
}

describe('WebPlatform notifications', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a notification once permitted, with its tag', async () => {
    const { shown, requestPermission } = stubNotifications('granted');
    await new WebPlatform().notify({ title: 'Reply overdue', body: '2026-K7QX-0042', tag: 'reply/1' });
    expect(shown).toEqual([{ title: 'Reply overdue', options: { body: '2026-K7QX-0042', tag: 'reply/1' } }]);
    expect(requestPermission).not.toHaveBeenCalled();
  });

  it('asks for permission the first time and shows when the user allows', async () => {
    const { shown, requestPermission } = stubNotifications('default', 'granted');
    await new WebPlatform().notify({ title: 'Acknowledgement due today', body: '' });
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(shown).toHaveLength(1);
  });

  it('resolves quietly, showing nothing, when the user refuses or the browser has no notifications', async () => {
    const { shown } = stubNotifications('default', 'denied');
    await expect(new WebPlatform().notify({ title: 'Reply overdue', body: '' })).resolves.toBeUndefined();
    expect(shown).toEqual([]);
    const denied = stubNotifications('denied');
    await new WebPlatform().notify({ title: 'Reply overdue', body: '' });
    expect(denied.shown).toEqual([]);
    expect(denied.requestPermission).not.toHaveBeenCalled();
    vi.stubGlobal('Notification', undefined);
    await expect(new WebPlatform().notify({ title: 'Reply overdue', body: '' })).resolves.toBeUndefined();
  });
});

describe('WebPlatform printToPdf', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens the print dialog with the file name as the title Chromium proposes, then restores the title', async () => {
    const doc = { title: 'Attaché' };
    const titlesWhilePrinting: string[] = [];
    vi.stubGlobal('document', doc);
    vi.stubGlobal('window', { print: vi.fn(() => titlesWhilePrinting.push(doc.title)) });
    expect(await new WebPlatform().printToPdf({ fileName: '2026-K7QX-0042 request.pdf' })).toBeNull();
    expect(titlesWhilePrinting).toEqual(['2026-K7QX-0042 request']);
    expect(doc.title).toBe('Attaché');
  });
});
