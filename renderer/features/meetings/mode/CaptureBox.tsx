import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionKinds, meetingSides, type DecisionKind, type MeetingSide } from '../../../../shared/domain';
import { isLanguage } from '../../../i18n';
import { enumLabel } from '../../../records';
import { captureKeyAction, captureShortcuts, type CaptureKeyAction, type CaptureMode } from './captureKeys';
import { localIsoDate } from '../../../../shared/dates';
import { dueDatePreview, readActionItemDraft } from './dueDatePreview';
import type { Capture, CaptureResult } from './useMeetingCapture';

interface Draft {
  mode: CaptureMode;
  text: string;
  kind: DecisionKind;
  ownerSide: MeetingSide;
  owner: string;
  dueText: string;
}

const noteDraft: Draft = { mode: 'note', text: '', kind: 'agreed', ownerSide: 'own', owner: '', dueText: '' };
const isEmpty = (d: Draft) => d.text.trim() === '' && d.owner.trim() === '' && d.dueText.trim() === '';

const mainKeys = [captureShortcuts.save, captureShortcuts.decision, captureShortcuts.actionItem, captureShortcuts.agendaItem, captureShortcuts.next, captureShortcuts.previous, captureShortcuts.leave].join(' ');

export interface CaptureBoxProps {
  /** Writes what was typed; stable, so typing never re-renders anything but the box. */
  onCapture: (capture: Capture) => Promise<CaptureResult>;
  onMove: (delta: 1 | -1) => void;
  onLeave: () => void;
  onAnnounce: (text: string) => void;
  /** The box's main field, which the page focuses after choosing an agenda item with the mouse. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The one capture box at the bottom of meeting mode. What is typed lives here only: a keystroke
 * re-renders this box, never the agenda or the lines above it (200 notes must still paint within
 * a frame). Its keys are listened to on the window, in the capture phase, while focus is anywhere
 * in meeting mode, so they win over the shell's (Alt+N is "new case" elsewhere).
 */
export const CaptureBox = memo(function CaptureBox({ onCapture, onMove, onLeave, onAnnounce, inputRef }: CaptureBoxProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [draft, setDraft] = useState<Draft>(noteDraft);
  const [problem, setProblem] = useState<{ text: string; field: 'text' | 'due' | null } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const mainId = `${ids}-main`;
  const dueId = `${ids}-due`;
  const previewId = `${ids}-due-preview`;
  const problemId = `${ids}-problem`;
  const helpId = `${ids}-help`;

  const update = (fields: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...fields }));
    // A problem stays until the field it is about is edited (the due preview then speaks for itself).
    if (problem) setProblem(null);
  };
  const focusMain = useCallback(() => inputRef.current?.focus(), [inputRef]);

  const submit = (d: Draft) => {
    const context = { today: localIsoDate(new Date()), language };
    let capture: Capture;
    if (d.mode === 'actionItem') {
      const read = readActionItemDraft(d, context);
      if (!read.ok) {
        setProblem({ text: t(`meetingMode.problems.${read.problem}`), field: read.problem === 'textMissing' ? 'text' : 'due' });
        (read.problem === 'textMissing' ? inputRef.current : dueRef.current)?.focus();
        return;
      }
      capture = { kind: 'actionItem', draft: d, dueDate: read.dueDate };
    } else {
      if (d.text.trim() === '') return;
      capture = d.mode === 'note' ? { kind: 'note', text: d.text } : d.mode === 'decision' ? { kind: 'decision', text: d.text, decisionKind: d.kind } : { kind: 'agendaItem', title: d.text };
    }
    // Cleared at once, so the next line can be typed while this one is written; put back on failure.
    setDraft(noteDraft);
    setProblem(null);
    focusMain();
    void onCapture(capture).then((result) => {
      if (result.ok) {
        onAnnounce(result.announcement);
        return;
      }
      setProblem({ text: result.error, field: null });
      setDraft((current) => (isEmpty(current) && current.mode === 'note' ? d : current));
    });
  };

  const act = (action: CaptureKeyAction, d: Draft) => {
    switch (action.type) {
      case 'mode':
        // What was already typed carries over: a note that turns out to be a decision is not retyped.
        setDraft({ ...d, mode: action.mode });
        setProblem(null);
        focusMain();
        return;
      case 'decisionKind':
        setDraft({ ...d, mode: 'decision', kind: action.kind });
        return;
      case 'move':
        onMove(action.delta);
        return;
      case 'save':
        submit(d);
        return;
      case 'cancel':
        setDraft(noteDraft);
        setProblem(null);
        focusMain();
        return;
      case 'leave':
        onLeave();
    }
  };

  // The window listener is added once and reads the latest draft and handlers from here.
  const latest = useRef({ draft, act });
  useLayoutEffect(() => {
    latest.current = { draft, act };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const form = formRef.current;
      const target = event.target instanceof Node ? event.target : null;
      const layer = form?.closest('.meeting-mode');
      // Not while something else has focus (the lock screen, a dialog of the shell).
      if (!form || !layer || !(target === document.body || layer.contains(target))) return;
      const inField = target instanceof Element && form.contains(target) && target.matches('textarea, input, select');
      const { draft: d, act: run } = latest.current;
      const action = captureKeyAction(event, { mode: d.mode, empty: isEmpty(d), inField });
      if (!action) return;
      event.preventDefault();
      run(action, d);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  useEffect(() => {
    focusMain();
  }, [focusMain]);

  const due = draft.mode === 'actionItem' ? dueDatePreview(draft.dueText, { today: localIsoDate(new Date()), language }) : null;
  const labels: Record<CaptureMode, string> = {
    note: t('meetingMode.box.note'),
    decision: t('meetingMode.box.decision'),
    actionItem: t('meetingMode.box.actionItem'),
    agendaItem: t('meetingMode.box.agendaItem'),
  };
  const placeholders: Record<CaptureMode, string> = {
    note: t('meetingMode.box.notePlaceholder'),
    decision: t('meetingMode.box.decisionPlaceholder'),
    actionItem: t('meetingMode.box.actionItemPlaceholder'),
    agendaItem: t('meetingMode.box.agendaItemPlaceholder'),
  };
  const describedBy = [problem ? problemId : '', helpId].filter(Boolean).join(' ');

  return (
    <form ref={formRef} className="capture-box" data-mode={draft.mode} onSubmit={(event) => event.preventDefault()}>
      <div className="capture-heading">
        <label htmlFor={mainId} className="capture-label">
          {labels[draft.mode]}
        </label>
        {draft.mode === 'decision' ? (
          <select
            className="input capture-kind"
            aria-label={t('meetingMode.box.decisionKind')}
            aria-keyshortcuts={captureShortcuts.kinds}
            value={draft.kind}
            onChange={(event) => update({ kind: event.target.value as DecisionKind })}
          >
            {decisionKinds.map((kind, i) => (
              <option key={kind} value={kind}>
                {t('meetingMode.box.kindOption', { kind: enumLabel(t, 'decisionKind', kind), n: i + 1 })}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <textarea
        ref={inputRef}
        id={mainId}
        data-testid="capture-box"
        data-mode={draft.mode}
        className="input capture-input"
        rows={2}
        value={draft.text}
        placeholder={placeholders[draft.mode]}
        aria-keyshortcuts={mainKeys}
        aria-describedby={describedBy}
        aria-invalid={problem?.field === 'text' ? true : undefined}
        onChange={(event) => update({ text: event.target.value })}
      />
      {draft.mode === 'actionItem' ? (
        <div className="capture-fields">
          <label className="capture-field">
            <span className="field-label">{t('meetingMode.box.ownerSide')}</span>
            <select className="input" value={draft.ownerSide} onChange={(event) => update({ ownerSide: event.target.value as MeetingSide })}>
              {meetingSides.map((side) => (
                <option key={side} value={side}>
                  {enumLabel(t, 'meetingSide', side)}
                </option>
              ))}
            </select>
          </label>
          <label className="capture-field">
            <span className="field-label">{t('meetingMode.box.owner')}</span>
            <input className="input" value={draft.owner} placeholder={t('meetingMode.box.ownerPlaceholder')} onChange={(event) => update({ owner: event.target.value })} />
          </label>
          <div className="capture-field capture-due">
            <label className="field-label" htmlFor={dueId}>
              {t('meetingMode.box.dueDate')}
            </label>
            <input
              ref={dueRef}
              id={dueId}
              className="input"
              value={draft.dueText}
              placeholder={t('meetingMode.box.duePlaceholder')}
              aria-describedby={[previewId, problem?.field === 'due' ? problemId : ''].filter(Boolean).join(' ')}
              aria-invalid={due?.kind === 'unreadable' ? true : undefined}
              onChange={(event) => update({ dueText: event.target.value })}
            />
            <span id={previewId} className={`capture-due-preview${due?.kind === 'unreadable' ? ' is-unreadable' : ''}`}>
              {due?.kind === 'date' ? due.label : due?.kind === 'unreadable' ? t('meetingMode.box.dueNotUnderstood') : t('meetingMode.box.noDueDate')}
            </span>
          </div>
        </div>
      ) : null}
      <p id={problemId} className="capture-problem" role="alert">
        {problem?.text}
      </p>
      <CaptureHelp id={helpId} />
    </form>
  );
});

/** The keys, always in view: nobody should have to remember them in the middle of a meeting. */
const CaptureHelp = memo(function CaptureHelp({ id }: { id: string }) {
  const { t } = useTranslation();
  const entries: [keys: string[], label: string][] = [
    [['Enter'], t('meetingMode.help.save')],
    [['Shift+Enter'], t('meetingMode.help.newLine')],
    [['Alt+D'], t('meetingMode.help.decision')],
    [['Alt+1–4'], t('meetingMode.help.kinds')],
    [['Alt+A'], t('meetingMode.help.actionItem')],
    [['Alt+N'], t('meetingMode.help.agendaItem')],
    [['Alt+↑', 'Alt+↓'], t('meetingMode.help.move')],
    [['Esc'], `${t('meetingMode.help.cancel')} · ${t('meetingMode.help.leave')}`],
  ];
  return (
    <p id={id} className="capture-help">
      <span className="visually-hidden">{t('meetingMode.help.label')}: </span>
      {entries.map(([keys, label]) => (
        <span key={keys.join()} className="capture-help-entry">
          {keys.map((key, i) => (
            <span key={key}>
              {i > 0 ? ' / ' : null}
              <kbd>{key}</kbd>
            </span>
          ))}{' '}
          {label}
        </span>
      ))}
    </p>
  );
});
