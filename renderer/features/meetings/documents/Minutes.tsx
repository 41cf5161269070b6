import { useTranslation } from 'react-i18next';
import { PrintDocument } from '../../../print';
import type { MeetingBundle } from '../data/meetingData';
import { ActionItemsTable, DocumentFacts } from './DocumentParts';
import { documentWords, type DocumentLanguage, type DocumentWords } from './documentWords';
import { minutesContent, type MinutesDelegation, type MinutesKind, type MinutesSection, type MinutesSignature } from './minutesContent';
import './documents.css';

export interface MinutesProps {
  bundle: MeetingBundle;
  language: DocumentLanguage;
  kind: MinutesKind;
}

function Delegation({ w, delegation }: { w: DocumentWords; delegation: MinutesDelegation }) {
  return (
    <>
      <h3>{delegation.heading}</h3>
      {delegation.members.length === 0 ? (
        <p>{w.label('minutes.noDelegates')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{w.label('fields.name')}</th>
              <th scope="col">{w.label('fields.title')}</th>
              <th scope="col">{w.label('fields.organisation')}</th>
              <th scope="col">{w.label('fields.role')}</th>
            </tr>
          </thead>
          <tbody>
            {delegation.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.title}</td>
                <td>{m.organisation}</td>
                <td>{m.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function AgendaSection({ w, section }: { w: DocumentWords; section: MinutesSection }) {
  const empty = section.summary.trim() === '' && section.notes.length + section.decisions.length + section.actionItems.length === 0;
  return (
    <section>
      <h3>{section.heading}</h3>
      {section.lead ? <p>{section.lead}</p> : null}
      {section.summary.trim() ? <p className="print-text">{section.summary}</p> : null}
      {section.notes.length > 0 ? (
        <>
          <h4>{w.label('minutes.notes')}</h4>
          <ul className="meeting-doc-lines">
            {section.notes.map((note) => (
              <li key={note.id} className="print-text">
                {note.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {section.decisions.length > 0 ? (
        <>
          <h4>{w.label('minutes.decisions')}</h4>
          <ul className="meeting-doc-lines">
            {section.decisions.map((d) => (
              <li key={d.id} className="print-text">
                <strong>{d.kind}:</strong> {d.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {section.actionItems.length > 0 ? (
        <>
          <h4>{w.label('minutes.actionItems')}</h4>
          <ActionItemsTable w={w} items={section.actionItems} />
        </>
      ) : null}
      {empty ? <p>{w.label('minutes.nothingRecorded')}</p> : null}
    </section>
  );
}

function Signatures({ w, signatures }: { w: DocumentWords; signatures: readonly MinutesSignature[] }) {
  return (
    <section aria-label={w.label('minutes.signatures')} className="meeting-doc-signatures">
      {signatures.map((s) => (
        <div key={s.side}>
          <p>
            <strong>{s.heading}</strong>
          </p>
          <p className="meeting-doc-signature-line">{w.label('minutes.signature')}</p>
          <p>{s.name}</p>
          <p>{s.title}</p>
        </div>
      ))}
    </section>
  );
}

/**
 * A meeting's minutes as they print (`minutesContent`), in English, Vietnamese or both (each
 * label "English / Tiếng Việt", the heading one line per language): joint minutes with both
 * heads of delegation to sign, or one side's record; marked with the meeting's classification
 * on every page, and "Draft" until the minutes are agreed.
 */
export function Minutes({ bundle, language, kind }: MinutesProps) {
  const { i18n } = useTranslation();
  const w = documentWords(i18n, language);
  const c = minutesContent(bundle, w, kind);
  let n = 0;
  const next = () => (n += 1);
  return (
    <PrintDocument languages={w.languages} title={c.documentTitle} marking={c.marking}>
      <header>
        {c.draft ? <p className="print-marking">{c.draft}</p> : null}
        <h1 className="meeting-doc-title">
          {c.title.map((line, i) => (
            <span key={i} lang={w.languages[i]}>
              {line}
            </span>
          ))}
        </h1>
        {c.subtitle ? <p className="meeting-doc-centred">{c.subtitle}</p> : null}
        <DocumentFacts rows={c.facts} />
      </header>
      <section>
        <h2>
          {next()}. {w.label('minutes.delegations')}
        </h2>
        {c.delegations.map((d) => (
          <Delegation key={d.side} w={w} delegation={d} />
        ))}
      </section>
      <section>
        <h2>
          {next()}. {w.label('minutes.proceedings')}
        </h2>
        {c.sections.map((s) => (
          <AgendaSection key={s.id} w={w} section={s} />
        ))}
      </section>
      {c.exchanged.length > 0 ? (
        <section>
          <h2>
            {next()}. {w.label('minutes.exchanged')}
          </h2>
          <ul className="meeting-doc-lines">
            {c.exchanged.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.nextMeeting.length > 0 ? (
        <section>
          <h2>
            {next()}. {w.label('minutes.nextMeeting')}
          </h2>
          <DocumentFacts rows={c.nextMeeting} />
        </section>
      ) : null}
      {c.signatures ? <Signatures w={w} signatures={c.signatures} /> : null}
    </PrintDocument>
  );
}
