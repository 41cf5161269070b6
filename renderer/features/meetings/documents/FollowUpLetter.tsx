import { useTranslation } from 'react-i18next';
import { PrintDocument } from '../../../print';
import type { MeetingBundle } from '../data/meetingData';
import { ActionItemsTable, DocumentFacts, DocumentProse } from './DocumentParts';
import { documentWords, type DocumentLanguage } from './documentWords';
import { followUpLetterContent } from './letterContent';
import './documents.css';

export interface FollowUpLetterProps {
  bundle: MeetingBundle;
  language: DocumentLanguage;
  /** The letter's date (YYYY-MM-DD). */
  today: string;
}

/**
 * The letter to the counterpart after a meeting (`followUpLetterContent`), laid out as the
 * request letter is: heading facts, the meeting it follows, the decisions, the action items as
 * a table with their status, the next meeting and the closing; marked with the meeting's
 * classification on every page.
 */
export function FollowUpLetter({ bundle, language, today }: FollowUpLetterProps) {
  const { i18n } = useTranslation();
  const w = documentWords(i18n, language);
  const c = followUpLetterContent(bundle, w, today);
  return (
    <PrintDocument languages={w.languages} title={c.documentTitle} marking={c.marking}>
      <header>
        <DocumentFacts rows={c.heading} />
        <h1>{c.title}</h1>
      </header>
      <DocumentProse w={w} texts={c.intro} />
      <section>
        <h2>1. {w.label('letter.decisions')}</h2>
        {c.decisions.length === 0 ? (
          <p>{w.label('common.none')}</p>
        ) : (
          <ol className="meeting-doc-lines">
            {c.decisions.map((d) => (
              <li key={d.id}>
                <span className="print-text">
                  <strong>{d.kind}:</strong> {d.text}
                </span>
                {d.item ? ` (${w.label('letter.underItem')}: ${d.item})` : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h2>2. {w.label('letter.actionItems')}</h2>
        {c.actionItems.length === 0 ? <p>{w.label('common.none')}</p> : <ActionItemsTable w={w} items={c.actionItems} withStatus />}
      </section>
      <DocumentProse w={w} texts={c.nextMeeting} />
      <div className="meeting-doc-closing">
        <DocumentProse w={w} texts={c.closing} />
        <p>
          <strong>{c.signedBy}</strong>
        </p>
      </div>
    </PrintDocument>
  );
}
