import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../shell';
import { captureKeyAction, type CaptureKeyState } from './captureKeys';

const press = (key: string, code: string, mods: Partial<KeyPress & { isComposing: boolean }> = {}) => ({
  key,
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  defaultPrevented: false,
  ...mods,
});
const note: CaptureKeyState = { mode: 'note', empty: false, inField: true };

describe('meeting mode keys', () => {
  it('switch the box with Alt+D, Alt+A and Alt+N by physical key (Option+D types ∂ on a Mac)', () => {
    expect(captureKeyAction(press('∂', 'KeyD', { altKey: true }), note)).toEqual({ type: 'mode', mode: 'decision' });
    expect(captureKeyAction(press('a', 'KeyA', { altKey: true }), note)).toEqual({ type: 'mode', mode: 'actionItem' });
    expect(captureKeyAction(press('n', 'KeyN', { altKey: true }), note)).toEqual({ type: 'mode', mode: 'agendaItem' });
    expect(captureKeyAction(press('d', 'KeyD', { altKey: true, ctrlKey: true }), note)).toBeNull();
  });

  it('move between agenda items with Alt+arrows and Alt+Page keys', () => {
    expect(captureKeyAction(press('ArrowDown', 'ArrowDown', { altKey: true }), note)).toEqual({ type: 'move', delta: 1 });
    expect(captureKeyAction(press('PageDown', 'PageDown', { altKey: true }), note)).toEqual({ type: 'move', delta: 1 });
    expect(captureKeyAction(press('ArrowUp', 'ArrowUp', { altKey: true }), note)).toEqual({ type: 'move', delta: -1 });
    expect(captureKeyAction(press('PageUp', 'PageUp', { altKey: true }), note)).toEqual({ type: 'move', delta: -1 });
    expect(captureKeyAction(press('ArrowDown', 'ArrowDown'), note)).toBeNull();
  });

  it('pick the decision kind with Alt+1 to Alt+4', () => {
    expect(captureKeyAction(press('1', 'Digit1', { altKey: true }), note)).toEqual({ type: 'decisionKind', kind: 'agreed' });
    expect(captureKeyAction(press('¢', 'Digit4', { altKey: true }), note)).toEqual({ type: 'decisionKind', kind: 'rejected' });
    expect(captureKeyAction(press('5', 'Digit5', { altKey: true }), note)).toBeNull();
  });

  it('save with Enter in a field, keep Shift+Enter a new line, and leave Enter to an input method composing a word', () => {
    expect(captureKeyAction(press('Enter', 'Enter'), note)).toEqual({ type: 'save' });
    expect(captureKeyAction(press('Enter', 'Enter', { shiftKey: true }), note)).toBeNull();
    expect(captureKeyAction(press('Enter', 'Enter', { isComposing: true }), note)).toBeNull();
    expect(captureKeyAction(press('Enter', 'Enter'), { ...note, inField: false })).toBeNull();
  });

  it('cancel back to note mode with Escape, and leave meeting mode only from an empty note', () => {
    expect(captureKeyAction(press('Escape', 'Escape'), { ...note, mode: 'actionItem' })).toEqual({ type: 'cancel' });
    expect(captureKeyAction(press('Escape', 'Escape'), { ...note, empty: true })).toEqual({ type: 'leave' });
    expect(captureKeyAction(press('Escape', 'Escape'), note)).toBeNull();
  });

  it('leave a press the page already handled alone', () => {
    expect(captureKeyAction(press('Enter', 'Enter', { defaultPrevented: true }), note)).toBeNull();
  });
});
