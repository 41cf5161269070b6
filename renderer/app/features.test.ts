import { describe, expect, it } from 'vitest';
import { menuCommands } from '../../shared/ipc/channels';
import { buildResources, leafKeys, type Bundle } from '../i18n';
import { commandFor, type KeyPress } from '../shell';
import { featureModules } from './features';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  ...over,
});
const commands = featureModules.flatMap((m) => m.commands ?? []);
const idle = { typing: false, modalOpen: false };
const typing = { typing: true, modalOpen: false };
const inDialog = { typing: false, modalOpen: true };
const commandId = (p: Partial<KeyPress>, context = idle) => commandFor(press(p), context, commands)?.id ?? null;

describe('the assembled shell', () => {
  const resources = buildResources(featureModules.flatMap((m) => m.locales ?? []));
  const translation = (lang: 'en' | 'vi') => resources[lang]!.translation as Bundle;

  it('merges the shell, rooms and feature bundles without clashes', () => {
    expect(Object.keys(translation('en'))).toEqual(
      expect.arrayContaining(['common', 'validation', 'db', 'forms', 'records', 'cases', 'referenceData', 'settings', 'search']),
    );
  });

  it('offers every English key in Vietnamese too', () => {
    expect(leafKeys(translation('vi'))).toEqual(leafKeys(translation('en')));
  });

  it('has one module per id, one route per path and one command per id', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(featureModules.map((m) => m.id));
    unique(featureModules.flatMap((m) => m.routes ?? []).map((r) => r.path));
    unique(commands.map((c) => c.id));
    unique(featureModules.flatMap((m) => m.settingsSections ?? []).map((s) => s.id));
  });

  it('answers every native menu command', () => {
    expect(commands.map((c) => c.id)).toEqual(expect.arrayContaining([...menuCommands]));
  });

  it('names every navigation label and shortcut label in both languages', () => {
    const keys = new Set(leafKeys(translation('en')));
    const labelKeys = [
      ...featureModules.flatMap((m) => (m.nav ? [m.nav.labelKey] : [])),
      ...commands.flatMap((c) => (c.shortcut ? [c.shortcut.labelKey] : [])),
    ];
    for (const key of labelKeys) expect(keys.has(key) || keys.has(`${key}_other`), key).toBe(true);
  });
});

describe('shortcuts', () => {
  it('maps Alt+N by physical key, also when the layout types another character', () => {
    expect(commandId({ key: 'n', code: 'KeyN', altKey: true })).toBe('newCase');
    expect(commandId({ key: '˜', code: 'KeyN', altKey: true })).toBe('newCase');
  });

  it('keeps Alt+N working while typing but not with Ctrl or Cmd held', () => {
    expect(commandId({ code: 'KeyN', altKey: true }, typing)).toBe('newCase');
    expect(commandId({ code: 'KeyN', altKey: true, ctrlKey: true })).toBeNull();
  });

  it('locks on Ctrl+Shift+L or Cmd+Shift+L anywhere, typing or in a dialog, but not on Ctrl+L alone', () => {
    expect(commandId({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true })).toBe('lock');
    expect(commandId({ key: 'L', code: 'KeyL', metaKey: true, shiftKey: true }, { typing: true, modalOpen: true })).toBe('lock');
    expect(commandId({ key: 'l', code: 'KeyL', ctrlKey: true })).toBeNull();
  });

  it('opens global search on Ctrl+K or Cmd+K, also while typing, but not behind a dialog or with Shift', () => {
    expect(commandId({ key: 'k', code: 'KeyK', ctrlKey: true })).toBe('openSearch');
    expect(commandId({ key: 'k', code: 'KeyK', metaKey: true }, typing)).toBe('openSearch');
    expect(commandId({ key: 'k', code: 'KeyK', ctrlKey: true }, inDialog)).toBeNull();
    expect(commandId({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true })).toBeNull();
    expect(commandId({ key: 'k', code: 'KeyK' })).toBeNull();
  });

  it('maps / to the list search and ? (Shift+/) to the shortcuts list', () => {
    expect(commandId({ key: '/', code: 'Slash' })).toBe('focusSearch');
    expect(commandId({ key: '?', code: 'Slash', shiftKey: true })).toBe('showShortcuts');
  });

  it('lets / and ? be typed into fields', () => {
    expect(commandId({ key: '/' }, typing)).toBeNull();
    expect(commandId({ key: '?' }, typing)).toBeNull();
  });

  it('does nothing behind a modal dialog or for keys a component already handled', () => {
    expect(commandId({ key: '?' }, inDialog)).toBeNull();
    expect(commandId({ key: '/', defaultPrevented: true })).toBeNull();
    expect(commandId({ key: 'n', code: 'KeyN' })).toBeNull();
  });

  it('gives no two commands the same keys', () => {
    const shown = commands.flatMap((c) => (c.shortcut ? [c.shortcut.keys.join('+')] : []));
    expect(new Set(shown).size).toBe(shown.length);
  });
});
