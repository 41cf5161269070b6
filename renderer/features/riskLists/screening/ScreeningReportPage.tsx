import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case, GoodsLine, Party } from '../../../../shared/domain';
import { liveRecords, useDatabase } from '../../../db';
import { useFormat } from '../../../i18n';
import { PrintDocument, PrintToolbar, pdfFileName } from '../../../print';
import { enumLabel } from '../../../records';
import { entryTitle } from '../browse/entryTitle';
import { listedLine, useSubjectLabel } from './HitCard';
import { reasonText } from './reasonText';
import { useDecidedHits } from './useDecidedHits';

/** A case with its parties and goods lines, as screening reads them; null when not on this device. */
function useScreenedRecords(caseId: string) {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const kase = await db.cases.get(caseId);
    if (!kase || kase.deleted === 1) return null;
    const [parties, goods] = await Promise.all([db.parties.where('caseId').equals(caseId).toArray(), db.goods.where('caseId').equals(caseId).toArray()]);
    return { kase: kase as Case, parties: liveRecords(parties) as Party[], goods: liveRecords(goods) as GoodsLine[] };
  }, [db, caseId]);
}

/** `/cases/:id/screening-report`: the case's screening printed (print machinery): the lists, every hit with its reasons and decision. */
export function ScreeningReportPage({ params }: { params: { id: string } }) {
  const records = useScreenedRecords(params.id);
  const { t } = useTranslation();
  if (records === undefined) return <p role="status">{t('screening.caseSection.screening')}</p>;
  if (records === null) return <Link href="/cases">{t('screening.report.back')}</Link>;
  return <ScreeningReport {...records} />;
}

function ScreeningReport({ kase, parties, goods }: { kase: Case; parties: Party[]; goods: GoodsLine[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { decided, rows } = useDecidedHits(kase.id, parties, goods);
  const subjectLabel = useSubjectLabel(parties, goods);
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const marking = kase.confidentiality === 'public' ? undefined : enumLabel(t, 'confidentiality', kase.confidentiality).toLocaleUpperCase(lang);
  const inForce = rows?.filter((r) => r.replacedBy === null && r.held) ?? [];
  if (!decided) return <p role="status">{t('screening.caseSection.screening')}</p>;
  return (
    <div className="print-view">
      <PrintToolbar fileName={pdfFileName(kase.reference, t('screening.report.title'))}>
        <Link href={`/cases/${kase.id}`}>{t('screening.report.back')}</Link>
      </PrintToolbar>
      <PrintDocument languages={[lang]} title={`${t('screening.report.title')} ${kase.reference}`} marking={marking}>
        <h1>{t('screening.report.title')}</h1>
        <p>{t('screening.report.caseLine', { reference: kase.reference, title: kase.title })}</p>
        <p>{t('screening.report.screenedOn', { date: fmt.dateTime(new Date().toISOString()) })}</p>
        <ul>
          {inForce.map((r) => (
            <li key={r.list.id}>
              {r.list.name}
              {r.list.edition ? ` (${r.list.edition})` : ''} — {r.list.ownerAuthority}
            </li>
          ))}
        </ul>
        {decided.length === 0 ? <p>{t('screening.report.noHits')}</p> : null}
        {decided.map(({ hit, decision }) => (
          <section key={`${hit.subjectId}/${hit.entryId}`}>
            <h2>{t('screening.hitLabel', { subject: subjectLabel(hit.subjectTable, hit.subjectId), entry: entryTitle(hit.entry) })}</h2>
            <p>
              {t('screening.score', { score: Math.round(hit.score * 100) })} ·{' '}
              {listedLine(t, hit.entry, rows?.find((r) => r.list.id === hit.listId)?.list)}
            </p>
            <ul>
              {hit.reasons.map((reason, i) => (
                <li key={i}>{reasonText(t, reason)}</li>
              ))}
            </ul>
            <p>
              <strong>{t('screening.report.decision')}: </strong>
              {decision ? `${enumLabel(t, 'screeningVerdict', decision.verdict)} — ${decision.decidedBy}, ${fmt.date(decision.updatedAt)}${decision.note ? `: ${decision.note}` : ''}` : t('screening.report.undecided')}
            </p>
          </section>
        ))}
      </PrintDocument>
    </div>
  );
}
