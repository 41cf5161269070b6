import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodsLine, Party } from '../../../../shared/domain';
import { enumLabel, hsCodeText } from '../../../records';
import { entryTitle } from '../browse/entryTitle';
import { useRiskLists } from '../data/useRiskLists';
import type { DecidedHit } from './useDecidedHits';
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

/** One hit: the case's record, the listed entry and its list, the score, every reason; then `children` (the decision). */
export function HitCard({ item, parties, goods, children }: { item: DecidedHit; parties: readonly Party[]; goods: readonly GoodsLine[]; children?: ReactNode }) {
  const { t } = useTranslation();
  const rows = useRiskLists();
  const subjectLabel = useSubjectLabel(parties, goods);
  const { hit } = item;
  const list = rows?.find((r) => r.list.id === hit.listId)?.list;
  return (
    <article className="screening-hit" aria-label={t('screening.hitLabel', { subject: subjectLabel(hit.subjectTable, hit.subjectId), entry: entryTitle(hit.entry) })}>
      <header className="screening-hit-head">
        <strong>{subjectLabel(hit.subjectTable, hit.subjectId)}</strong>
        <span aria-hidden="true"> → </span>
        <span>{entryTitle(hit.entry)}</span>
        <span className="screening-score">{t('screening.score', { score: Math.round(hit.score * 100) })}</span>
      </header>
      <p className="muted">
        {t('screening.onList', {
          list: list ? (list.edition ? `${list.name} (${list.edition})` : list.name) : '',
          ref: hit.entry.sourceRef || '—',
          level: enumLabel(t, 'riskLevel', hit.entry.riskLevel),
          categories: hit.entry.riskCategories.map((c) => enumLabel(t, 'riskCategory', c)).join(', ') || '—',
        })}
      </p>
      <ul className="screening-reasons">
        {hit.reasons.map((reason, i) => (
          <li key={i}>{reasonText(t, reason)}</li>
        ))}
      </ul>
      {children}
    </article>
  );
}
