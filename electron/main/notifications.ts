import type { NotificationConstructorOptions } from 'electron';
import { ipcOk, type IpcParsedRequest, type IpcResult } from '../../shared/ipc/contract';

/** The part of a shown Electron `Notification` the notifier uses (a fake in tests). */
export interface ShownNotification {
  show(): void;
  close(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

/** Electron's `Notification` class, or a fake: how to make one and whether the system shows any. */
export interface NotificationFactory {
  isSupported(): boolean;
  create(options: NotificationConstructorOptions): ShownNotification;
}

/**
 * Desktop notifications for the renderer's reminders. Like the Web API's `tag`, a notification
 * with the tag of one still shown replaces it, so an hourly reminder never piles up copies. A
 * click brings the app's window forward. A system without notifications (some Linux desktops)
 * answers success: reminders are a courtesy, and the register shows the same deadlines.
 */
export function createNotifier(factory: NotificationFactory, focusApp: () => void) {
  const shown = new Map<string, ShownNotification>();
  return {
    show({ title, body, tag }: IpcParsedRequest<'notifications:show'>): IpcResult<null> {
      if (!factory.isSupported()) return ipcOk(null);
      if (tag !== undefined) shown.get(tag)?.close();
      const notification = factory.create({ title, body });
      notification.on('click', focusApp);
      if (tag !== undefined) {
        shown.set(tag, notification);
        notification.on('close', () => {
          if (shown.get(tag) === notification) shown.delete(tag);
        });
      }
      notification.show();
      return ipcOk(null);
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
