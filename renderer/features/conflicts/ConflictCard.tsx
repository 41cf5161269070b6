import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sameValue } from '../../../shared/sync/sameValue';
import { Banner } from '../../components';
import { useFormat } from '../../i18n';
import type { ConflictView } from './conflictList';
import { ConflictValue } from './ConflictValue';
import { useResolveConflict } from './hooks';
import { recordHref, recordName } from './recordName';
import { chosenValue, type ConflictSide, type ResolutionFailure } from './resolveConflict';
import { fieldLabel, formatFieldValue } from './valueDisplay';

export interface ConflictCardProps {
  view: ConflictView;
  /** Called with an announcement after the conflict was resolved (the card then leaves the list). */
  onResolved: (announcement: string) => void;
}

/**
 * An open conflict: which field of which record, why, both values with who and when, and the
 * buttons that choose one. A refusal of the data layer is shown beside it; the conflict stays open.
 */
export function ConflictCard({ view, onResolved }: ConflictCardProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const resolve = useResolveConflict();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ResolutionFailure | null>(null);
  const { conflict, record } = view;
  const field = fieldLabel(t, conflict.recordTable, conflict.field);
  const name = recordName(t, conflict, record);
  const href = recordHref(record);
  const recordGone = !record.exists || record.deleted;

  const choose = async (side: ConflictSide) => {
    setBusy(true);
    setFailure(null);
    const refused = await resolve(conflict.id, side);
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
      busy={busy}
      onChoose={(s) => void choose(s)}
    />
  ));

  return (
    <article className="conflict-card" aria-labelledby={headingId} aria-busy={busy || undefined}>
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
