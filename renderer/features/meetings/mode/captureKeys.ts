import { decisionKinds, type DecisionKind } from '../../../../shared/domain';
import { altKey, type KeyPress } from '../../../shell';

/** What the capture box is taking: a note (the default), a decision, an action item or a new agenda item. */
export type CaptureMode = 'note' | 'decision' | 'actionItem' | 'agendaItem';

export type CaptureKeyAction =
  | { type: 'mode'; mode: Exclude<CaptureMode, 'note'> }
  | { type: 'decisionKind'; kind: DecisionKind }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'save' }
  /** Back to note mode, dropping what was typed for the decision, action item or agenda item. */
  | { type: 'cancel' }
  | { type: 'leave' };

export interface CaptureKeyState {
  mode: CaptureMode;
  /** Nothing typed in any field of the box. */
  empty: boolean;
  /** Focus is in one of the box's fields (Enter on a button or the agenda is that control's own). */
  inField: boolean;
}

/** The keys as `aria-keyshortcuts` names them, for the box and the help line. */
export const captureShortcuts = {
  save: 'Enter',
  decision: 'Alt+D',
  actionItem: 'Alt+A',
  agendaItem: 'Alt+N',
  next: 'Alt+ArrowDown Alt+PageDown',
  previous: 'Alt+ArrowUp Alt+PageUp',
  kinds: decisionKinds.map((_, i) => `Alt+${i + 1}`).join(' '),
  leave: 'Escape',
} as const;

const modeKeys = [
  [altKey('D'), 'decision'],
  [altKey('A'), 'actionItem'],
  [altKey('N'), 'agendaItem'],
] as const;

const onlyAlt = (p: KeyPress) => p.altKey && !p.ctrlKey && !p.metaKey && !p.shiftKey;
const noModifiers = (p: KeyPress) => !p.altKey && !p.ctrlKey && !p.metaKey && !p.shiftKey;

/**
 * What a key press does in meeting mode, or null (the press then reaches the field untouched).
 * Letters match by physical key, as the shell's shortcuts do (Option+D types "∂" on a Mac, and
 * Telex rewrites letters); digits match by `code` too, so Alt+1 works on any layout.
 * `composing`: an input method (Vietnamese Telex/VNI) is composing, so Enter confirms a word.
 */
export function captureKeyAction(press: KeyPress & { isComposing?: boolean }, state: CaptureKeyState): CaptureKeyAction | null {
  if (press.defaultPrevented || press.isComposing) return null;
  for (const [matches, mode] of modeKeys) if (matches(press)) return { type: 'mode', mode };
  if (onlyAlt(press)) {
    if (press.key === 'ArrowDown' || press.key === 'PageDown') return { type: 'move', delta: 1 };
    if (press.key === 'ArrowUp' || press.key === 'PageUp') return { type: 'move', delta: -1 };
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code)?.[1];
    const kind = digit ? decisionKinds[Number(digit) - 1] : undefined;
    if (kind) return { type: 'decisionKind', kind };
    return null;
  }
  if (press.key === 'Enter' && noModifiers(press) && state.inField) return { type: 'save' };
  if (press.key === 'Escape' && noModifiers(press)) {
    if (state.mode !== 'note') return { type: 'cancel' };
    return state.empty ? { type: 'leave' } : null;
  }
  return null;
}
