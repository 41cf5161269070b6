import { useEffect, useRef } from 'react';
import { useReadAttachmentBytes } from '../../../attachments';
import { useDatabase, type AttacheDb } from '../../../db';
import type { ReadAttachmentBytes } from '../../../attachments';
import { readListEntries } from '../data/listEntries';
import { currentLists, type RiskListRow } from '../data/riskListRows';
import { useRiskLists } from '../data/useRiskLists';
import { loadScreenedCases } from './loadScreenedCases';
import { startScreeningWorker, type ScreeningClient } from './ScreeningClient';
import { rescreenMetaKey, useScreeningStore, type RescreenResult } from './screeningStore';

/**
 * Re-screens every case against `row`'s version, and its previous one when this device holds
 * it, and keeps which cases gained or lost hits. Runs once per version per device.
 */
async function rescreen(db: AttacheDb, client: ScreeningClient, row: RiskListRow, rows: readonly RiskListRow[], readBytes: ReadAttachmentBytes) {
  const previousRow = rows.find((r) => r.list.id === row.list.previousListId && r.held);
  // The worker keeps the version this one just replaced; only after a restart is it read again.
  const previous = previousRow
    ? { listId: previousRow.list.id, entries: client.keptReplaced(previousRow.list.id) ? null : await readListEntries(db, previousRow.list, readBytes) }
    : null;
  const cases = await loadScreenedCases(db);
  useScreeningStore.setState({ rescreening: { listId: row.list.id, done: 0, total: cases.length } });
  const { changes, changedEntries } = await client.rescreen(previous, row.list.id, cases, (done, total) =>
    useScreeningStore.setState({ rescreening: { listId: row.list.id, done, total } }),
  );
  const result: RescreenResult = { listId: row.list.id, previousListId: previous?.listId ?? null, at: new Date().toISOString(), caseCount: cases.length, changedEntries, changes };
  await db.meta.put({ key: rescreenMetaKey(row.list.id), value: result });
}

/**
 * Always mounted: keeps the screening worker holding the active entries of every list in force
 * on this device, and re-screens every case when a version arrives (imported here or fetched).
 */
export function ScreeningEngine() {
  const { db } = useDatabase();
  const readBytes = useReadAttachmentBytes();
  const rows = useRiskLists();
  const clientRef = useRef<ScreeningClient | null>(null);
  const inForce = rows ? currentLists(rows).filter((r) => r.held) : null;
  const key = inForce?.map((r) => r.list.id).join(',') ?? null;

  useEffect(() => {
    if (key === null || !rows || !inForce) return;
    let stopped = false;
    const client = (clientRef.current ??= startScreeningWorker());
    const sync = async () => {
      useScreeningStore.setState({ client, indexing: true });
      const added = [];
      for (const row of inForce) {
        if (!client.holds(row.list.id)) added.push({ listId: row.list.id, entries: await readListEntries(db, row.list, readBytes) });
      }
      if (stopped) return;
      const entryCount = await client.setLists(inForce.map((r) => r.list.id), added);
      useScreeningStore.setState({ listsKey: key, entryCount, indexing: false });
      for (const row of inForce) {
        if (stopped) return;
        if (await db.meta.get(rescreenMetaKey(row.list.id))) continue;
        await rescreen(db, client, row, rows, readBytes);
      }
      useScreeningStore.setState({ rescreening: null });
    };
    sync().catch((error: unknown) => {
      console.error('Screening could not be brought up to date', error);
      useScreeningStore.setState({ indexing: false, rescreening: null });
    });
    return () => {
      stopped = true;
    };
    // `inForce` and `rows` are read as they are when `key` (the lists in force) changes.
  }, [db, readBytes, key]);
  return null;
}
