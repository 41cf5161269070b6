import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapturedLine, CapturedSection, DecisionKind } from '../../../../shared/domain';
import { Badge, type BadgeTone } from '../../../components';
import { isLanguage } from '../../../i18n';
import { enumLabel } from '../../../records';
import { formatDueDay } from './dueDatePreview';

const kindTones: Record<DecisionKind, BadgeTone> = { agreed: 'success', noted: 'info', deferred: 'warning', rejected: 'danger' };

/** HH:mm on this laptop's clock: when a note was typed. */
function clockTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/**
 * The current agenda item's lines in capture order: notes, decisions with their kind, action
 * items with reference, owner and due date. Memoised on the section, which only changes when the
 * database does, so typing in the capture box never re-renders it. Scrolled to the newest line.
 */
export const CapturedLines = memo(function CapturedLines({ section, title }: { section: CapturedSection; title: string }) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [section]);

  return (
    <section ref={listRef} className="meeting-mode-lines" aria-label={title}>
      <h2 className="meeting-mode-lines-title">{title}</h2>
      {section.lines.length === 0 ? (
        <p className="muted">{t('meetingMode.lines.empty')}</p>
      ) : (
        <ol className="captured-lines">
          {section.lines.map((line) => (
            <LineView key={line.row.id} line={line} />
          ))}
        </ol>
      )}
    </section>
  );
});

const LineView = memo(function LineView({ line }: { line: CapturedLine }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  switch (line.kind) {
    case 'note':
      return (
        <li className="captured-line captured-note">
          <p className="captured-text">{line.row.text}</p>
          <time className="captured-meta" dateTime={line.row.capturedAt} title={t('meetingMode.lines.capturedAt', { time: clockTime(line.row.capturedAt) })}>
            {clockTime(line.row.capturedAt)}
          </time>
        </li>
      );
    case 'decision':
      return (
        <li className="captured-line captured-decision">
          <Badge tone={kindTones[line.row.kind]}>{enumLabel(t, 'decisionKind', line.row.kind)}</Badge>
          <p className="captured-text">{line.row.text}</p>
        </li>
      );
    case 'actionItem': {
      const item = line.row;
      const owner = [enumLabel(t, 'meetingSide', item.ownerSide), item.owner].filter(Boolean).join(' — ');
      return (
        <li className="captured-line captured-action">
          <span className="captured-reference">{item.reference}</span>
          <div className="captured-action-body">
            <p className="captured-text">{item.text}</p>
            <p className="captured-meta">
              <span>
                {t('meetingMode.lines.owner')}: {owner}
              </span>
              <span>{item.dueDate ? t('meetingMode.lines.due', { date: formatDueDay(item.dueDate, language) }) : t('meetingMode.lines.noDueDate')}</span>
            </p>
          </div>
        </li>
      );
    }
  }
});
