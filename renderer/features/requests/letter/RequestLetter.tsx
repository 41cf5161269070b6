import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Contact, RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { enumLabel } from '../../../records';
import { PrintDocument, printLanguageList, type OneLanguage } from '../../../print';
import { LetterAttachments, LetterContacts, LetterReply } from './LetterClosing';
import { LetterLegalBasis, LetterParties, LetterProof, LetterShipment } from './LetterDetails';
import { LetterGoods } from './LetterGoods';
import { LetterGrounds, LetterQuestions, LetterVisit } from './LetterGrounds';
import { LetterFacts, LetterProse, LetterSection } from './LetterParts';
import { amendedParts, orderedQuestions } from './letterContent';
import { letterWords, type LetterLanguage, type LetterWords } from './letterWords';
import './letter.css';

export interface RequestLetterProps {
  request: VerificationRequest;
  questions: readonly RequestQuestion[];
  /** The case attachments the request lists in `attachmentIds`, in that order. */
  attachments: readonly Attachment[];
  language: LetterLanguage;
  /** For an amendment: the request it amends (and its questions), to say what changed. */
  amendedRequest?: VerificationRequest | null;
  amendedQuestions?: readonly RequestQuestion[];
  ourContact?: Contact | null;
  theirContact?: Contact | null;
  /** The date a draft's letter carries (YYYY-MM-DD); a sent letter carries the day it was sent. */
  today: string;
}

/** The confidentiality marking in capitals, in each language ("OFFICIAL USE ONLY / CHỈ SỬ DỤNG…"); none when public. */
function marking(w: LetterWords, r: VerificationRequest): string | undefined {
  if (r.confidentiality === 'public') return undefined;
  return w.joined(({ t, lang }) => enumLabel(t, 'confidentiality', r.confidentiality).toLocaleUpperCase(lang));
}

function LetterHeading({ w, r, today, isDraft }: { w: LetterWords; r: VerificationRequest; today: string; isDraft: boolean }) {
  return (
    <header>
      <LetterFacts
        rows={[
          [w.label('from'), r.requestingAuthority],
          [w.label('to'), r.requestedAuthority],
          [w.label('date'), w.date(r.sentOn ?? today)],
          [w.label('ourReference'), r.ourReference || w.label('notYetKnown')],
          [w.label('theirReference'), r.theirReference || w.label('notYetKnown')],
          [w.label('sentBy'), w.value('transmissionChannel', r.transmissionChannel)],
        ]}
      />
      {r.urgency !== 'normal' ? <p className="print-marking">{w.label(r.urgency)}</p> : null}
      <h1>{w.label(`title.${r.requestType}`)}</h1>
      {r.amendmentNo > 0 ? <p className="letter-centred">{w.label('amendmentNo', { n: r.amendmentNo })}</p> : null}
      {isDraft ? <p className="print-marking">{w.label('draft')}</p> : null}
      <LetterFacts rows={[[w.label('subject'), r.subject]]} />
    </header>
  );
}

/**
 * The formal letter of a verification request or of one of its amendments, in English,
 * Vietnamese or both (each label "English / Tiếng Việt", each paragraph in both): both
 * administrations and references, an unambiguous date ("05 Jan 2026"), the legal basis, the
 * goods with their HS codes, the grounds, the numbered questions, the reply deadline in force,
 * the contact points and the attachments, marked with its confidentiality on every page.
 * An amendment names the request it amends and the parts that changed, then restates it whole.
 */
export function RequestLetter(props: RequestLetterProps) {
  const { request: r, language, today } = props;
  const { i18n } = useTranslation();
  const w = letterWords(i18n, language);
  const questions = orderedQuestions(props.questions);
  const amended = r.amendmentNo > 0 && props.amendedRequest ? props.amendedRequest : null;
  const changed = amended ? amendedParts(amended, r, props.amendedQuestions ?? [], props.questions) : [];
  const basis = (one: OneLanguage) =>
    [one.value('legalInstrument', r.legalInstrument), r.legalArticle].filter(Boolean).join(', ');

  const sections: Array<readonly [key: string, body: ReactNode]> = [
    ['legalBasis', <LetterLegalBasis w={w} r={r} />],
    ['proof', <LetterProof w={w} r={r} />],
    ['parties', <LetterParties w={w} r={r} />],
    ['shipment', <LetterShipment w={w} r={r} />],
    ['goods', <LetterGoods w={w} lines={r.goodsLines} />],
    ['grounds', <LetterGrounds w={w} r={r} />],
    ['questions', <LetterQuestions w={w} questions={questions} />],
    ...(r.visitProposal ? ([['visit', <LetterVisit w={w} r={r} />]] as const) : []),
    ['reply', <LetterReply w={w} r={r} />],
    ...(props.ourContact || props.theirContact
      ? ([['contacts', <LetterContacts w={w} ours={props.ourContact ?? null} theirs={props.theirContact ?? null} />]] as const)
      : []),
    ['attachments', <LetterAttachments w={w} attachments={props.attachments} />],
  ];

  return (
    <PrintDocument
      languages={printLanguageList(language)}
      title={w.label('documentTitle', { title: w.first.t(`requestLetter.title.${r.requestType}`), reference: r.ourReference })}
      marking={marking(w, r)}
    >
      <LetterHeading w={w} r={r} today={today} isDraft={r.frozenAt === null} />
      <LetterProse w={w} text={(one) => one.t('requestLetter.intro', { basis: basis(one) })} />
      {amended ? (
        <LetterProse
          w={w}
          text={({ t, fmt }) =>
            t('requestLetter.amendmentIntro', {
              reference: amended.ourReference || '—',
              date: fmt.date(amended.sentOn),
              parts: changed.map((part) => t(`requestLetter.sections.${part}`)).join(', ') || t('requestLetter.amendmentNothing'),
            })
          }
        />
      ) : null}
      {sections.map(([key, body], index) => (
        <LetterSection key={key} n={index + 1} title={w.label(`sections.${key}`)}>
          {body}
        </LetterSection>
      ))}
      <div className="letter-signature">
        <LetterProse w={w} text={({ t }) => t('requestLetter.closing')} />
        <p>
          <strong>{r.requestingAuthority}</strong>
        </p>
      </div>
    </PrintDocument>
  );
}
