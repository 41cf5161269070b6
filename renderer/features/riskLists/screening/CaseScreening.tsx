import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { GoodsLine, Party, ScreeningVerdict } from '../../../../shared/domain';
import { Badge, Button, FormSection } from '../../../components';
import { DecisionDialog } from './DecisionDialog';
import { HitCard, useSubjectLabel } from './HitCard';
import { useScreeningStore } from './screeningStore';
import { useDecidedHits, type DecidedHit } from './useDecidedHits';

/**
 * The case page's "Screening" section: each party and goods line that meets an entry of a list in
 * force, with the entry, the score and why; the officer confirms a hit or dismisses it as not a
 * match, with a note. A dismissed hit stays dismissed for the same entry in later versions.
 */
export function CaseScreening({ caseId, parties, goods }: { caseId: string; parties: readonly Party[]; goods: readonly GoodsLine[] }) {
  const { t } = useTranslation();
  const { screening, decided, rows } = useDecidedHits(caseId, parties, goods);
  const entryCount = useScreeningStore((s) => s.entryCount);
  const subjectLabel = useSubjectLabel(parties, goods);
  const [deciding, setDeciding] = useState<{ item: DecidedHit; verdict: ScreeningVerdict } | null>(null);
  const open = decided?.filter((d) => d.decision?.verdict !== 'notAMatch') ?? [];
  const dismissed = decided?.filter((d) => d.decision?.verdict === 'notAMatch') ?? [];
  const listOf = (listId: string) => rows?.find((r) => r.list.id === listId)?.list;
  const listCount = new Set(rows?.filter((r) => r.replacedBy === null && r.held).map((r) => r.list.id)).size;

  return (
    <FormSection title={t('screening.caseSection.title')}>
      <div className="stack case-screening">
        <p role="status" className="muted">
          {screening.kind === 'noLists'
            ? t('screening.caseSection.noLists')
            : screening.kind === 'failed'
              ? t('screening.caseSection.failed', { reason: screening.reason })
              : !decided
                ? t('screening.caseSection.screening')
                : t('screening.caseSection.summary', { count: open.length, lists: listCount, entries: entryCount })}
        </p>
        {open.map((item) => (
          <HitCard key={`${item.hit.subjectId}/${item.hit.entryId}`} subject={subjectLabel(item.hit.subjectTable, item.hit.subjectId)} hit={item.hit} list={listOf(item.hit.listId)}>
            {item.decision ? <Badge tone="danger">{t('screening.confirmedBy', { name: item.decision.decidedBy })}</Badge> : null}
            <div className="cluster">
              {item.decision ? null : (
                <Button size="small" onPress={() => setDeciding({ item, verdict: 'confirmed' })}>
                  {t('screening.confirm')}
                </Button>
              )}
              <Button size="small" onPress={() => setDeciding({ item, verdict: 'notAMatch' })}>
                {t('screening.notAMatch')}
              </Button>
            </div>
          </HitCard>
        ))}
        {dismissed.length > 0 ? (
          <details className="screening-dismissed">
            <summary>{t('screening.dismissed', { count: dismissed.length })}</summary>
            {dismissed.map((item) => (
              <HitCard key={`${item.hit.subjectId}/${item.hit.entryId}`} subject={subjectLabel(item.hit.subjectTable, item.hit.subjectId)} hit={item.hit} list={listOf(item.hit.listId)}>
                <p className="muted">{t('screening.dismissedBy', { name: item.decision!.decidedBy, note: item.decision!.note || '—' })}</p>
                <Button size="small" onPress={() => setDeciding({ item, verdict: 'confirmed' })}>
                  {t('screening.confirm')}
                </Button>
              </HitCard>
            ))}
          </details>
        ) : null}
        {decided && decided.length > 0 ? <Link href={`/cases/${caseId}/screening-report`}>{t('screening.report.open')}</Link> : null}
      </div>
      {deciding ? <DecisionDialog caseId={caseId} item={deciding.item} verdict={deciding.verdict} onClose={() => setDeciding(null)} /> : null}
    </FormSection>
  );
}
