import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/domain';
import { Badge, Button } from '../../components';
import { useFormat } from '../../i18n';
import type { ConflictSide, ResolutionPlan } from './resolutionPlan';
import { authorName, formatFieldValue, hlcToIso } from './valueDisplay';

export interface ConflictValueProps {
  conflict: Conflict;
  side: ConflictSide;
  /** The record's field currently holds this value. */
  isCurrent: boolean;
  /** The record is deleted or not on this device: only "leave it deleted" can be chosen. */
  recordGone: boolean;
  /** What choosing this value takes; an `unavailable` one is explained instead of offered. */
  plan: ResolutionPlan;
  /** The card is asking what this choice needs (its question is open). */
  asking: boolean;
  busy: boolean;
  onChoose: (side: ConflictSide) => void;
}

/**
 * One of a conflict's two values: whose it is, when it was written, whether it is in force now,
 * and the button that chooses it. The button is described by the value, so a screen reader hears
 * what choosing it means.
 */
export function ConflictValue({ conflict, side, isCurrent, recordGone, plan, asking, busy, onChoose }: ConflictValueProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const valueId = useId();
  const server = side === 'server';
  const rawAuthor = server ? conflict.serverAuthor : conflict.clientAuthor;
  const author = authorName(t, rawAuthor);
  const value = server ? conflict.serverValue : conflict.clientValue;
  const when = fmt.dateTime(hlcToIso(server ? conflict.serverHlc : conflict.clientHlc) ?? conflict.createdAt);
  const afterDelete = conflict.reason === 'editAfterDelete' || recordGone;

  const caption = !afterDelete
    ? t('conflicts.conflict.valueBy', { author })
    : server
      ? t('conflicts.conflict.lastValueBeforeDeletion', { author })
      : t('conflicts.conflict.editNotApplied', { author });
  const named = rawAuthor.trim() !== '';
  const choose = plan.kind === 'unavailable'
    ? null
    : afterDelete
    ? server
      ? t('conflicts.conflict.leaveDeleted')
      : null
    : isCurrent
      ? named
        ? t('conflicts.conflict.keep', { author })
        : t('conflicts.conflict.keepThis')
      : named
        ? t('conflicts.conflict.use', { author })
        : t('conflicts.conflict.useThis');

  return (
    <div className="conflict-value" data-side={side}>
      <p className="conflict-value-caption">
        {caption} {isCurrent && !afterDelete ? <Badge tone="info">{t('conflicts.conflict.current')}</Badge> : null}
      </p>
      <p className="conflict-value-text" id={valueId}>
        {formatFieldValue(t, fmt, conflict.recordTable, conflict.field, value)}
      </p>
      <p className="conflict-value-when">{t('conflicts.conflict.changedAt', { when })}</p>
      {plan.kind === 'unavailable' && plan.reason !== 'deleted' ? (
        <p className="conflict-value-unavailable">{unavailableText(plan.reason)}</p>
      ) : null}
      {choose ? (
        <Button
          variant={isCurrent || afterDelete ? 'secondary' : 'primary'}
          size="small"
          isDisabled={busy || asking}
          aria-describedby={valueId}
          aria-expanded={plan.kind === 'apply' ? asking : undefined}
          onPress={() => onChoose(side)}
        >
          {choose}
        </Button>
      ) : null}
    </div>
  );

  function unavailableText(reason: 'unreachable' | 'invalid'): string {
    if (reason === 'invalid') return t('conflicts.choice.invalid');
    const status = (s: unknown) => formatFieldValue(t, fmt, conflict.recordTable, 'status', s);
    return t('conflicts.choice.unreachable', { to: status(value) });
  }
}
