// The application menu. Items that belong to the app send `menu:command` to the renderer, which
// performs them exactly as its own shortcut would; the rest are Electron's standard roles.
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { MenuLabels } from './menuLabels';

export interface MenuOptions {
  labels: MenuLabels;
  /** Delivers a command to the focused app window. */
  send(command: MenuCommand): void;
  isMac: boolean;
  /** Adds Reload and the developer tools (never in a packaged build). */
  developerItems: boolean;
}

/**
 * The menu template, pure so it can be checked without Electron. `Alt+N` on "New case" and
 * `CmdOrCtrl+Shift+L` on "Lock" are shown but not registered: the renderer already handles those
 * keys in both hosts, and a registered accelerator would fire the command a second time.
 */
export function buildMenuTemplate({ labels: l, send, isMac, developerItems }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, extra: MenuItemConstructorOptions = {}) => ({
    label,
    click: () => send(cmd),
    ...extra,
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        command(l.newCase, 'newCase', { accelerator: 'Alt+N', registerAccelerator: false }),
        { type: 'separator' },
        command(l.settings, 'openSettings', { accelerator: 'CmdOrCtrl+,' }),
        { type: 'separator' },
        command(l.lock, 'lock', { accelerator: 'CmdOrCtrl+Shift+L', registerAccelerator: false }),
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        command(l.cases, 'goToCases', { accelerator: 'CmdOrCtrl+1' }),
        { type: 'separator' },
        ...(developerItems
          ? ([
              { role: 'reload', label: l.reload },
              { role: 'toggleDevTools', label: l.toggleDevTools },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.toggleFullScreen },
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'close', label: l.close },
      ],
    },
    {
      label: l.help,
      submenu: [command(l.keyboardShortcuts, 'showShortcuts', { accelerator: '?', registerAccelerator: false })],
    },
  ];
  // macOS puts the application's own menu (About, Hide, Quit) first.
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
