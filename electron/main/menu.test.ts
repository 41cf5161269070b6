import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

const { buildMenuTemplate, installApplicationMenu } = await import('./menu');
const { menuLabels, menuLanguageFor } = await import('./menuLabels');
const { menuCommands } = await import('../../shared/ipc/contract');

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const build = (overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) => {
  const send = vi.fn();
  const template = buildMenuTemplate({ labels: menuLabels.en, send, isMac: false, developerItems: false, ...overrides });
  return { send, template, items: flatten(template) };
};
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('sends each app command from its item', () => {
    const { send, items } = build();
    const byLabel = (label: string) => items.find((i) => i.label === label);
    click(byLabel('New case'));
    click(byLabel('Settings…'));
    click(byLabel('Lock Attaché'));
    click(byLabel('Cases'));
    click(byLabel('Keyboard shortcuts'));
    expect(send.mock.calls.map(([command]) => command)).toEqual(['newCase', 'openSettings', 'lock', 'goToCases', 'showShortcuts']);
    expect(new Set(send.mock.calls.map(([c]) => c))).toEqual(new Set(menuCommands));
  });

  it('shows Alt+N on New case and Ctrl+Shift+L on Lock without registering them, so the renderer shortcuts do not fire twice', () => {
    const newCase = build().items.find((i) => i.label === 'New case');
    expect(newCase).toMatchObject({ accelerator: 'Alt+N', registerAccelerator: false });
    expect(build().items.find((i) => i.label === 'Lock Attaché')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+L', registerAccelerator: false });
  });

  it('puts File, Edit, View, Window and Help in order, with Settings and New case under File', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const file = flatten(template[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.label);
    expect(file).toEqual(expect.arrayContaining(['New case', 'Settings…']));
  });

  it('offers reload and developer tools only to developers, and the app menu only on macOS', () => {
    const roles = (items: MenuItemConstructorOptions[]) => items.map((i) => i.role).filter(Boolean);
    expect(roles(build().items)).not.toContain('toggleDevTools');
    expect(roles(build({ developerItems: true }).items)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(build({ isMac: true }).template[0]).toEqual({ role: 'appMenu' });
    expect(roles(build().template)).not.toContain('appMenu');
  });

  it('is fully translated into Vietnamese for a Vietnamese system', () => {
    expect(menuLanguageFor('vi-VN')).toBe('vi');
    expect(menuLanguageFor('vi')).toBe('vi');
    expect(menuLanguageFor('en-GB')).toBe('en');
    expect(menuLanguageFor('vietnam')).toBe('en');
    const { items } = build({ labels: menuLabels.vi });
    expect(items.find((i) => i.accelerator === 'Alt+N')?.label).toBe('Vụ việc mới');
    expect(Object.keys(menuLabels.vi).sort()).toEqual(Object.keys(menuLabels.en).sort());
    for (const text of Object.values(menuLabels.vi)) expect(text.trim()).not.toBe('');
    // No label was left in English.
    const same = Object.entries(menuLabels.vi).filter(([k, v]) => menuLabels.en[k as keyof typeof menuLabels.en] === v);
    expect(same).toEqual([]);
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu({ labels: menuLabels.en, send: vi.fn(), isMac: false, developerItems: false });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      expect.objectContaining({ template: expect.arrayContaining([expect.objectContaining({ label: '&File' })]) }),
    );
  });
});
