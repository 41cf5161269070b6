import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyPress } from './shortcuts';

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
const idle = { typing: false, modalOpen: false };

describe('shortcutFor', () => {
  it('maps Alt+N by physical key, also when the layout types another character', () => {
    expect(shortcutFor(press({ key: 'n', code: 'KeyN', altKey: true }), idle)).toBe('newCase');
    expect(shortcutFor(press({ key: '˜', code: 'KeyN', altKey: true }), idle)).toBe('newCase');
  });

  it('keeps Alt+N working while typing but not with Ctrl or Cmd held', () => {
    expect(shortcutFor(press({ code: 'KeyN', altKey: true }), { typing: true, modalOpen: false })).toBe('newCase');
    expect(shortcutFor(press({ code: 'KeyN', altKey: true, ctrlKey: true }), idle)).toBeNull();
  });

  it('locks on Ctrl+Shift+L or Cmd+Shift+L anywhere, typing or in a dialog, but not on Ctrl+L alone', () => {
    expect(shortcutFor(press({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true }), idle)).toBe('lock');
    expect(shortcutFor(press({ key: 'L', code: 'KeyL', metaKey: true, shiftKey: true }), { typing: true, modalOpen: true })).toBe('lock');
    expect(shortcutFor(press({ key: 'l', code: 'KeyL', ctrlKey: true }), idle)).toBeNull();
  });

  it('opens global search on Ctrl+K or Cmd+K, also while typing, but not behind a dialog or with Shift', () => {
    expect(shortcutFor(press({ key: 'k', code: 'KeyK', ctrlKey: true }), idle)).toBe('openSearch');
    expect(shortcutFor(press({ key: 'k', code: 'KeyK', metaKey: true }), { typing: true, modalOpen: false })).toBe('openSearch');
    expect(shortcutFor(press({ key: 'k', code: 'KeyK', ctrlKey: true }), { typing: false, modalOpen: true })).toBeNull();
    expect(shortcutFor(press({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true }), idle)).toBeNull();
    expect(shortcutFor(press({ key: 'k', code: 'KeyK' }), idle)).toBeNull();
  });

  it('maps / to search and ? to the shortcuts list', () => {
    expect(shortcutFor(press({ key: '/', code: 'Slash' }), idle)).toBe('focusSearch');
    expect(shortcutFor(press({ key: '?', code: 'Slash' }), idle)).toBe('showShortcuts');
  });

  it('lets / and ? be typed into fields', () => {
    const typing = { typing: true, modalOpen: false };
    expect(shortcutFor(press({ key: '/' }), typing)).toBeNull();
    expect(shortcutFor(press({ key: '?' }), typing)).toBeNull();
  });

  it('does nothing behind a modal dialog or for keys a component already handled', () => {
    expect(shortcutFor(press({ key: '?' }), { typing: false, modalOpen: true })).toBeNull();
    expect(shortcutFor(press({ key: '/', defaultPrevented: true }), idle)).toBeNull();
    expect(shortcutFor(press({ key: 'n', code: 'KeyN' }), idle)).toBeNull();
  });
});

describe('isTypingTarget', () => {
  const element = (tagName: string, attributes: Record<string, string> = {}) =>
    ({ tagName: tagName.toUpperCase(), getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;

  it('treats text inputs, text areas and editable segments as typing', () => {
    expect(isTypingTarget(element('input'))).toBe(true);
    expect(isTypingTarget(element('input', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('textarea'))).toBe(true);
    expect(isTypingTarget(element('div', { role: 'spinbutton' }))).toBe(true);
    expect(isTypingTarget(element('div', { contenteditable: 'true' }))).toBe(true);
  });

  it('lets shortcuts through from buttons, checkboxes and the page itself', () => {
    expect(isTypingTarget(element('button'))).toBe(false);
    expect(isTypingTarget(element('input', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element('a'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
