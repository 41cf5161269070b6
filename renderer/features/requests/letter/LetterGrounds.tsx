import type { RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { LetterFacts, LetterText } from './LetterParts';
import type { LetterWords } from './letterWords';

/** Why the request is made: selection basis, the doubts, the issue, the facts and enquiries so far. */
export function LetterGrounds({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  const g = r.grounds;
  return (
    <>
      <LetterFacts rows={[[w.label('fields.selectionBasis'), w.value('selectionBasis', g.selectionBasis)]]} />
      {g.doubtCategories.length > 0 ? (
        <>
          <h3>{w.label('fields.doubts')}</h3>
          <ul>
            {g.doubtCategories.map((doubt) => (
              <li key={doubt}>{w.value('doubtCategory', doubt)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <LetterText label={w.label('fields.specificIssue')} text={g.specificIssue} />
      <LetterText label={w.label('fields.facts')} text={g.factsSummary} />
      <LetterText label={w.label('fields.enquiries')} text={g.enquiriesMade} />
    </>
  );
}

/** The numbered questions, each with the documents asked for. */
export function LetterQuestions({ w, questions }: { w: LetterWords; questions: readonly RequestQuestion[] }) {
  if (questions.length === 0) return <p>{w.label('none')}</p>;
  return (
    <ol className="letter-questions">
      {questions.map((q) => (
        <li key={q.id} value={q.number}>
          <p className="print-text">{q.text}</p>
          {q.documentsRequested.length > 0 ? (
            <p>
              <strong>{w.label('fields.documentsRequested')}:</strong> {q.documentsRequested.join('; ')}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The verification visit proposed (method "visit"): when, where, who. */
export function LetterVisit({ w, r }: { w: LetterWords; r: VerificationRequest }) {
  const v = r.visitProposal;
  if (!v) return null;
  const dates =
    v.proposedFrom && v.proposedTo
      ? w.joined(({ t, fmt }) => t('requestLetter.fields.visitDatesValue', { from: fmt.date(v.proposedFrom), to: fmt.date(v.proposedTo) }))
      : w.date(v.proposedFrom ?? v.proposedTo);
  return (
    <LetterFacts
      rows={[
        [w.label('fields.visitDates'), dates],
        [w.label('fields.sites'), v.sites],
        [w.label('fields.team'), v.team],
      ]}
    />
  );
}
