import { effectiveReplyDueOn, type Attachment, type Contact, type VerificationRequest } from '../../../../shared/domain';
import { LetterFacts, LetterProse } from './LetterParts';
import { contactLines } from './letterContent';
import type { LetterWords } from './letterWords';

/** The reply deadline in force (the last extension's, else the one set when sending). */
export function LetterReply({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  const due = effectiveReplyDueOn(r);
  return (
    <>
      <LetterFacts rows={[[w.label('fields.replyDue'), w.date(due)]]} />
      <LetterProse w={w} text={({ t, fmt }) => (due ? t('requestLetter.replyBy', { date: fmt.date(due) }) : t('requestLetter.replyOpen'))} />
    </>
  );
}

function ContactFacts({ w, label, contact }: { w: LetterWords; label: string; contact: Contact }) {
  const c = contactLines(contact);
  return (
    <>
      <h3>{label}</h3>
      <LetterFacts
        rows={[
          [w.label('fields.name'), c.name],
          ['', c.position],
          [w.label('fields.email'), c.email],
          [w.label('fields.phone'), c.phone],
        ]}
      />
    </>
  );
}

/** Who to write to on each side; a side without a contact point chosen is left out. */
export function LetterContacts({ w, ours, theirs }: { w: LetterWords; ours: Contact | null; theirs: Contact | null }) {
  return (
    <>
      {ours ? <ContactFacts w={w} label={w.label('fields.ourContact')} contact={ours} /> : null}
      {theirs ? <ContactFacts w={w} label={w.label('fields.theirContact')} contact={theirs} /> : null}
    </>
  );
}

/** The files sent with the letter, by name, in the order the request lists them. */
export function LetterAttachments({ w, attachments }: { w: LetterWords; attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return <p>{w.label('none')}</p>;
  return (
    <ol>
      {attachments.map((a) => (
        <li key={a.id}>
          {a.fileName}
          {a.description ? ` — ${a.description}` : ''}
        </li>
      ))}
    </ol>
  );
}
