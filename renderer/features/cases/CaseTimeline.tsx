import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/domain';
import { Banner, Button, FormSection, TextArea } from '../../components';
import { useFormat } from '../../i18n';
import { noteChanges } from './caseActions';
import { useCaseCommit } from './useCaseCommit';

function entryText(note: Note, t: TFunction): string {
  if (note.kind !== 'statusChange' || !note.toStatus) return note.text;
  const to = t(`cases.status.${note.toStatus}`);
  const change = note.fromStatus
    ? t('cases.timeline.statusChange', { from: t(`cases.status.${note.fromStatus}`), to })
    : t('cases.timeline.statusChangeCreated', { to });
  return note.text ? `${change}: ${note.text}` : change;
}

/** The case's notes and status changes, newest first, with a box to add a note. */
export function CaseTimeline({ caseId, notes }: { caseId: string; notes: Note[] | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { context, commit } = useCaseCommit();
  const [text, setText] = useState('');
  const [emptyNote, setEmptyNote] = useState(false);
  const [failed, setFailed] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    setEmptyNote(text.trim() === '');
    if (text.trim() === '') return;
    try {
      await commit(noteChanges(caseId, text, context()));
      setText('');
    } catch {
      setFailed(true);
    }
  };

  return (
    <FormSection title={t('cases.timeline.heading')}>
      <form onSubmit={add} noValidate>
        <TextArea
          label={t('cases.timeline.noteLabel')}
          placeholder={t('cases.timeline.notePlaceholder')}
          rows={3}
          value={text}
          onChange={setText}
          errorMessage={emptyNote ? t('cases.timeline.noteEmpty') : null}
        />
        <Button type="submit" size="small">
          {t('cases.timeline.addNote')}
        </Button>
      </form>
      {failed ? <Banner tone="error" title={t('cases.detail.actionFailed')} /> : null}
      {notes && notes.length === 0 ? <p className="case-none">{t('cases.timeline.empty')}</p> : null}
      <ol className="case-timeline" aria-label={t('cases.timeline.heading')}>
        {(notes ?? []).map((note) => (
          <li key={note.id} className="case-timeline-entry" data-kind={note.kind}>
            <div className="case-timeline-meta">
              {t('cases.timeline.by', { author: note.author || t('cases.timeline.unknownAuthor'), date: fmt.dateTime(note.createdAt) })}
            </div>
            <p className="case-timeline-text">{entryText(note, t)}</p>
          </li>
        ))}
      </ol>
    </FormSection>
  );
}
