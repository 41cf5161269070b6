import { describe, expect, it, vi } from 'vitest';
import { createNotifier, type NotificationFactory, type ShownNotification } from './notifications';

/** Notifications that record what the system was asked to show and close. */
function fakeSystem(supported = true) {
  const made: { options: { title?: string; body?: string }; closed: boolean; shown: boolean; listeners: Map<string, () => void> }[] = [];
  const factory: NotificationFactory = {
    isSupported: () => supported,
    create(options) {
      const entry = { options, closed: false, shown: false, listeners: new Map<string, () => void>() };
      made.push(entry);
      const notification: ShownNotification = {
        show: () => void (entry.shown = true),
        close: () => {
          entry.closed = true;
          entry.listeners.get('close')?.();
        },
        on: (event, listener) => entry.listeners.set(event, listener),
      };
      return notification;
    },
  };
  return { factory, made };
}

describe('desktop notifications', () => {
  it('shows the title and body it is given', () => {
    const { factory, made } = fakeSystem();
    const result = createNotifier(factory, vi.fn()).show({ title: 'Reply due in 3 days', body: '2026-K7QX-0042 — CBP' });
    expect(result).toEqual({ ok: true, value: null });
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ options: { title: 'Reply due in 3 days', body: '2026-K7QX-0042 — CBP' }, shown: true });
  });

  it('replaces a notification still shown under the same tag, and keeps other tags', () => {
    const { factory, made } = fakeSystem();
    const notifier = createNotifier(factory, vi.fn());
    notifier.show({ title: 'A', body: '', tag: 'request-1' });
    notifier.show({ title: 'B', body: '', tag: 'request-2' });
    notifier.show({ title: 'A again', body: '', tag: 'request-1' });
    expect(made.map((m) => m.closed)).toEqual([true, false, false]);
    // Once the user dismissed it, a new one closes nothing.
    made[2]!.listeners.get('close')!();
    notifier.show({ title: 'A third time', body: '', tag: 'request-1' });
    expect(made[2]!.closed).toBe(false);
  });

  it('brings the app forward when a notification is clicked', () => {
    const { factory, made } = fakeSystem();
    const focus = vi.fn();
    createNotifier(factory, focus).show({ title: 'Overdue', body: '' });
    made[0]!.listeners.get('click')!();
    expect(focus).toHaveBeenCalledOnce();
  });

  it('answers success without showing anything where the system has no notifications', () => {
    const { factory, made } = fakeSystem(false);
    expect(createNotifier(factory, vi.fn()).show({ title: 'Overdue', body: '' })).toEqual({ ok: true, value: null });
    expect(made).toHaveLength(0);
  });
});
