import type { TFunction } from 'i18next';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, DecisionKind } from '../../../../shared/domain';
import { allocateActionItemReference, newId, RecordValidationError, useDatabase } from '../../../db';
import { fieldLabel } from '../../../records';
import { useMeetingCommit } from '../data/meetingData';
import { actionItemChanges, agendaItemChanges, decisionChanges, noteChanges, type ActionItemDraft, type CaptureContext } from './captureChanges';

/** One thing the capture box hands over on Enter. An action item's due date is already read. */
export type Capture =
  | { kind: 'note'; text: string }
  | { kind: 'decision'; text: string; decisionKind: DecisionKind }
  | { kind: 'actionItem'; draft: ActionItemDraft; dueDate: string | null }
  | { kind: 'agendaItem'; title: string };

/** What saving did: the words the live region announces, or why nothing was written. */
export type CaptureResult = { ok: true; announcement: string } | { ok: false; error: string };

/** Where a capture is written: read at save time, so the save function never changes identity. */
export interface CapturePlace {
  meetingId: string;
  agendaItemId: string | null;
  agenda: readonly AgendaItem[];
}

function errorText(t: TFunction, error: unknown): string {
  if (error instanceof RecordValidationError) {
    return error.issues.map((issue) => `${fieldLabel(t, error.table, issue.path.split('.')[0] ?? '')}: ${t(issue.message)}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The capture box's one save function, stable for the life of the view (so the box and the
 * lines do not re-render when the bundle changes). Each capture is one row of its own through
 * the synced write path; `onAgendaItemAdded` makes a new agenda item the current one.
 */
export function useMeetingCapture(place: CapturePlace, onAgendaItemAdded: (id: string) => void): (capture: Capture) => Promise<CaptureResult> {
  const { t } = useTranslation();
  const { db, deviceId } = useDatabase();
  const commit = useMeetingCommit();
  const latest = useRef({ place, onAgendaItemAdded, t, db, deviceId, commit });
  useLayoutEffect(() => {
    latest.current = { place, onAgendaItemAdded, t, db, deviceId, commit };
  });

  return useCallback(async (capture: Capture): Promise<CaptureResult> => {
    const { place: at, onAgendaItemAdded: added, t: tr, db: database, deviceId: device, commit: write } = latest.current;
    const ctx: CaptureContext = { id: newId(), meetingId: at.meetingId, agendaItemId: at.agendaItemId, now: new Date() };
    try {
      switch (capture.kind) {
        case 'note':
          await write(noteChanges(capture.text, ctx));
          return { ok: true, announcement: tr('meetingMode.announce.note') };
        case 'decision':
          await write(decisionChanges(capture.text, capture.decisionKind, ctx));
          return { ok: true, announcement: tr('meetingMode.announce.decision') };
        case 'actionItem': {
          const reference = await allocateActionItemReference(database, device, ctx.now);
          await write(actionItemChanges(capture.draft, capture.dueDate, reference, ctx));
          return { ok: true, announcement: tr('meetingMode.announce.actionItem', { reference }) };
        }
        case 'agendaItem':
          await write(agendaItemChanges(capture.title, at.agenda, ctx));
          added(ctx.id);
          return { ok: true, announcement: tr('meetingMode.announce.agendaItem', { title: capture.title.trim() }) };
      }
    } catch (error) {
      return { ok: false, error: tr('meetingMode.problems.saveFailed', { message: errorText(tr, error) }) };
    }
  }, []);
}
