import { liveQuery, type Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { isActionItemOverdue, type ActionItem, type Case, type Meeting, type VerificationRequest } from '../../../shared/domain';
import { commitChanges, liveRecords, useDatabase, type AttacheDb, type Change } from '../../db';
import { localDay } from './trackerRows';

/** What the tracker and the form name an action item's links by. */
export interface TrackerRecords {
  items: ActionItem[];
  meetings: Map<string, Pick<Meeting, 'id' | 'title' | 'startsAt'>>;
  cases: Map<string, Pick<Case, 'id' | 'reference' | 'title' | 'archivedAt'>>;
  requests: Map<string, Pick<VerificationRequest, 'id' | 'ourReference' | 'subject' | 'caseId'>>;
}

export async function loadTrackerRecords(db: AttacheDb): Promise<TrackerRecords> {
  const [items, meetings, cases, requests] = await Promise.all([
    db.actionItems.toArray(),
    db.meetings.toArray(),
    db.cases.toArray(),
    db.verificationRequests.toArray(),
  ]);
  return {
    items: liveRecords(items) as ActionItem[],
    meetings: new Map((liveRecords(meetings) as Meeting[]).map((m) => [m.id, { id: m.id, title: m.title, startsAt: m.startsAt }])),
    cases: new Map((liveRecords(cases) as Case[]).map((c) => [c.id, { id: c.id, reference: c.reference, title: c.title, archivedAt: c.archivedAt }])),
    requests: new Map(
      (liveRecords(requests) as VerificationRequest[]).map((r) => [r.id, { id: r.id, ourReference: r.ourReference, subject: r.subject, caseId: r.caseId }]),
    ),
  };
}

/** Every live action item with the meetings, cases and requests it may link to. */
export function useTrackerRecords(): TrackerRecords | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => loadTrackerRecords(db), [db]);
}

/** A live read shared by everyone who shows action items: subscribe, and the latest read (`undefined` before the first). */
export interface ActionItemFeed {
  subscribe(listener: () => void): () => void;
  latest(): ActionItem[] | undefined;
}

const feeds = new WeakMap<AttacheDb, ActionItemFeed>();

/**
 * One live read of every action item per open workspace, shared by the sidebar's overdue count,
 * the dashboard and the sections of a case or request, as the requests' register feed is. The
 * sidebar subscribes at unlock, so a screen opened later finds the items already decrypted (10,000
 * of them took the dashboard most of a second to read again); the read stays live while the
 * workspace is open (a lock reloads the page, dropping it with the key).
 */
export function actionItemFeed(db: AttacheDb): ActionItemFeed {
  let feed = feeds.get(db);
  if (feed) return feed;
  let latest: ActionItem[] | undefined;
  let subscription: Subscription | null = null;
  const listeners = new Set<() => void>();
  feed = {
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= liveQuery(async () => liveRecords(await db.actionItems.toArray()) as ActionItem[]).subscribe({
        next: (items) => {
          latest = items;
          for (const notify of listeners) notify();
        },
        error: (error) => console.error('action item read failed', error),
      });
      return () => listeners.delete(listener);
    },
    latest: () => latest,
  };
  feeds.set(db, feed);
  return feed;
}

/** Every live action item (the shared feed's latest read); `undefined` until first read. */
export function useActionItems(): ActionItem[] | undefined {
  const { db } = useDatabase();
  const feed = actionItemFeed(db);
  // Rendered on a server (a page's render test), nothing has been read yet.
  return useSyncExternalStore(feed.subscribe, feed.latest, () => undefined);
}

/** How many action items are overdue today (the sidebar's count). */
export function useOverdueActionItemCount(): number | undefined {
  const items = useActionItems();
  return useMemo(() => {
    if (!items) return undefined;
    const today = localDay(new Date());
    return items.filter((i) => isActionItemOverdue(i, today)).length;
  }, [items]);
}

/** Writes action item changes through the one synced write path, signed by this window's actor and device. */
export function useActionItemCommit() {
  const { db, deviceId, actor } = useDatabase();
  return useCallback((changes: Change[]) => commitChanges(db, changes, { actor: actor || deviceId, deviceId }), [db, actor, deviceId]);
}
