import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapturedSection } from '../../../../shared/domain';
import { captureShortcuts } from './captureKeys';

export interface AgendaListProps {
  sections: readonly CapturedSection[];
  current: string | null;
  /** Stable: picks an agenda item with the mouse (the keys are the capture box's). */
  onSelect: (stop: string | null) => void;
}

/**
 * The agenda down the left, the current item marked (`aria-current`) and kept in view, each with
 * the number of lines captured under it. Re-renders when the lines or the current item change.
 */
export const AgendaList = memo(function AgendaList({ sections, current, onSelect }: AgendaListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const items: readonly CapturedSection[] = sections.length === 0 ? [{ agendaItem: null, lines: [] }] : sections;
  // Agenda items are numbered from 1 whether or not "the meeting as a whole" comes first.
  const offset = items[0]?.agendaItem === null ? 1 : 0;
  return (
    <nav className="meeting-mode-agenda" aria-labelledby="meeting-mode-agenda-title">
      <h2 id="meeting-mode-agenda-title" className="meeting-mode-agenda-title">
        {t('meetingMode.agenda.label')}
      </h2>
      <ol ref={listRef} className="agenda-stops" aria-label={t('meetingMode.agenda.label')} aria-keyshortcuts={`${captureShortcuts.next} ${captureShortcuts.previous}`}>
        {items.map(({ agendaItem, lines }, i) => {
          const stop = agendaItem?.id ?? null;
          const isCurrent = stop === current;
          const number = agendaItem ? i + 1 - offset : null;
          return (
            <li key={stop ?? `general-${i}`}>
              <button type="button" className="agenda-stop" aria-current={isCurrent ? 'true' : undefined} onClick={() => onSelect(stop)}>
                <span className="agenda-stop-number" aria-hidden={number === null ? true : undefined}>
                  {number === null ? '·' : `${number}.`}
                </span>
                <span className="agenda-stop-title">{agendaItem?.title ?? t('meetingMode.agenda.general')}</span>
                {lines.length > 0 ? <span className="agenda-stop-count">{lines.length}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
      {sections.every((s) => s.agendaItem === null) ? <p className="muted meeting-mode-agenda-empty">{t('meetingMode.agenda.empty')}</p> : null}
    </nav>
  );
});
