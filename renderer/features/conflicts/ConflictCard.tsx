import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sameValue } from '../../../shared/sync/sameValue';
import { Banner } from '../../components';
import { useFormat } from '../../i18n';
import type { Conflict } from '../../../shared/domain';
import type { ConflictView } from './conflictList';
import { ConflictValue } from './ConflictValue';
import { useResolveChoice } from './useResolveChoice';
import { recordHref, recordName } from './recordName';
import { chosenValue, planResolution, type ConflictSide } from './resolutionPlan';
import { needsQuestion, ResolutionQuestion } from './ResolutionQuestion';
import type { ResolutionFailure } from './resolveConflict';
import { fieldLabel, formatFieldValue } from './valueDisplay';

export interface ConflictCardProps {
  view: ConflictView;
  /** Other open conflicts raised by the same change (`decisionSiblings`): one choice settles them. */
  siblings?: readonly Conflict[];
  /** The card a link asked for (`/conflicts?record=<id>`): scrolled to and focused once shown. */
  targeted?: boolean;
  /** Called with an announcement after the conflict was resolved (the card then leaves the list). */
  onResolved: (announcement: string) => void;
}

/**
 * An open conflict: which field of which record, why, both values with who and when, and the
 * buttons that choose one. Only values that can be applied are offered (`planResolution`, by the
 * shared state machine); one that needs more (a reopening, an outcome) asks for it in the card
 * first. A refusal of the data layer is shown beside it; the conflict stays open.
 */
export function ConflictCard({ view, siblings = [], targeted = false, onResolved }: ConflictCardProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const resolve = useResolveChoice();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ResolutionFailure | null>(null);
  const [asking, setAsking] = useState<ConflictSide | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const card = useRef<HTMLElement>(null);
  const { conflict, record } = view;
  useEffect(() => {
    if (!targeted) return;
    card.current?.scrollIntoView({ block: 'center' });
    card.current?.focus();
  }, [targeted]);
  const field = fieldLabel(t, conflict.recordTable, conflict.field);
  const name = recordName(t, conflict, record);
  const href = recordHref(record);
  const recordGone = !record.exists || record.deleted;
  const live = recordGone ? null : (record.fields ?? null);
  const plans = {
    server: planResolution(conflict, 'server', live, siblings),
    client: planResolution(conflict, 'client', live, siblings),
  };

  const offer = (side: ConflictSide) => {
    const plan = plans[side];
    setFailure(null);
    if (!needsQuestion(plan)) return void choose(side);
    setOutcome(plan.suggestedOutcome);
    setAsking(side);
  };

  const choose = async (side: ConflictSide, options: { outcome?: string | null } = {}) => {
    setBusy(true);
    setFailure(null);
    const refused = await resolve(conflict.id, side, options);
    setBusy(false);
    if (refused) {
      setFailure(refused);
      return;
    }
    const value = formatFieldValue(t, fmt, conflict.recordTable, conflict.field, chosenValue(conflict, side));
    onResolved(t('conflicts.conflict.resolvedAnnouncement', { title: t('conflicts.conflict.title', { field, record: name }), value }));
  };

  const values = (['server', 'client'] as const).map((side) => (
    <ConflictValue
      key={side}
      conflict={conflict}
      side={side}
      isCurrent={!recordGone && sameValue(record.current ?? null, chosenValue(conflict, side))}
      recordGone={recordGone}
      plan={plans[side]}
      asking={asking === side}
      busy={busy}
      onChoose={offer}
    />
  ));
  const question = asking ? plans[asking] : null;

  return (
    <article
      ref={card}
      className={targeted ? 'conflict-card conflict-card-targeted' : 'conflict-card'}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      tabIndex={targeted ? -1 : undefined}
    >
      <h3 className="conflict-card-title" id={headingId}>
        <Trans
          i18nKey="conflicts.conflict.heading"
          values={{ field, record: name }}
          components={{ link: href ? <Link href={href} /> : <span /> }}
        />
      </h3>
      <p className="conflict-card-reason">
        {t(`conflicts.conflict.reason.${conflict.reason}`)}
      </p>
      {recordGone || conflict.reason === 'editAfterDelete' ? <p className="conflict-card-note">{t('conflicts.conflict.deletedNote')}</p> : null}
      <div className="conflict-values">{values}</div>
      {asking && question && needsQuestion(question) ? (
        <ResolutionQuestion
          conflict={conflict}
          side={asking}
          plan={question}
          outcome={outcome}
          onOutcome={setOutcome}
          busy={busy}
          onConfirm={() => void choose(asking, { outcome })}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {busy ? <p role="status">{t('conflicts.conflict.saving')}</p> : null}
      {failure ? <Banner tone="error" title={failureMessage(failure)} /> : null}
    </article>
  );

  function failureMessage(f: ResolutionFailure): string {
    if (f.kind !== 'transition') return t(`conflicts.errors.${f.kind}`);
    const status = (s: string) => formatFieldValue(t, fmt, f.table, 'status', s);
    return t('conflicts.errors.transition', { from: status(f.from), to: status(f.to) });
  }
}
