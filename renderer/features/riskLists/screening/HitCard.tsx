import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GoodsLine, Party, RiskEntry, RiskList } from '../../../../shared/domain';
import { enumLabel, hsCodeText } from '../../../records';
import { entryTitle } from '../browse/entryTitle';
import type { ListedHit } from './screeningProtocol';
import { reasonText } from './reasonText';

/** Which record of the case met the entry: "Exporter: Công ty …", "Goods line 2: 7213.91". */
export function useSubjectLabel(parties: readonly Party[], goods: readonly GoodsLine[]) {
  const { t } = useTranslation();
  return (table: 'parties' | 'goods', id: string) => {
    if (table === 'parties') {
      const party = parties.find((p) => p.id === id);
      return party ? t('screening.subject.party', { role: enumLabel(t, 'partyRole', party.role), name: party.name }) : id;
    }
    const line = goods.find((g) => g.id === id);
    return line ? t('screening.subject.goods', { n: line.lineNo, code: hsCodeText(line.hsCode) }) : id;
  };
}

/** "Transshipment watch list (2026/2), ref. 17 · risk High · Transshipment": where the entry is listed and how. */
export function listedLine(t: TFunction, entry: RiskEntry, list: RiskList | undefined): string {
  return t('screening.onList', {
    list: list ? (list.edition ? `${list.name} (${list.edition})` : list.name) : '',
    ref: entry.sourceRef || '—',
    level: enumLabel(t, 'riskLevel', entry.riskLevel),
    categories: entry.riskCategories.map((c) => enumLabel(t, 'riskCategory', c)).join(', ') || '—',
  });
}

/** One hit: what was screened (a case's record, or nothing for the quick box), the listed entry and its list (the caller's, read once for all its cards), the score, every reason; then `children` (the decision). */
export function HitCard({ subject, hit, list, children }: { subject: string | null; hit: Pick<ListedHit, 'entry' | 'score' | 'reasons'>; list: RiskList | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const title = entryTitle(hit.entry);
  return (
    <article className="screening-hit" aria-label={subject ? t('screening.hitLabel', { subject, entry: title }) : title}>
      <header className="screening-hit-head">
        {subject ? (
          <>
            <strong>{subject}</strong>
            <span aria-hidden="true"> → </span>
            <span>{title}</span>
          </>
        ) : (
          <strong>{title}</strong>
        )}
        <span className="screening-score">{t('screening.score', { score: Math.round(hit.score * 100) })}</span>
      </header>
      <p className="muted">{listedLine(t, hit.entry, list)}</p>
      <ul className="screening-reasons">
        {hit.reasons.map((reason, i) => (
          <li key={i}>{reasonText(t, reason)}</li>
        ))}
      </ul>
      {children}
    </article>
  );
}
