import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Case } from '../../../../shared/domain';
import { useDatabase } from '../../../db';
import { useFormat } from '../../../i18n';
import { rescreenMetaKey, useScreeningStore, type RescreenResult } from './screeningStore';

/** The cases listed by a re-screen, most changed first, at most this many (the summary counts them all). */
const shownCases = 200;

/**
 * On a version's page: the re-screen of every case against it (progress while it runs), then
 * which cases gained or lost hits compared with the previous version, each a link to the case.
 */
export function RescreenResults({ listId }: { listId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { db } = useDatabase();
  const running = useScreeningStore((s) => (s.rescreening?.listId === listId ? s.rescreening : null));
  const result = useLiveQuery(async () => {
    const stored = (await db.meta.get(rescreenMetaKey(listId)))?.value as RescreenResult | undefined;
    if (!stored) return null;
    const changed = [...stored.changes].sort((a, b) => b.gained.length + b.lost.length - (a.gained.length + a.lost.length)).slice(0, shownCases);
    const cases = (await db.cases.bulkGet(changed.map((c) => c.caseId))) as (Case | undefined)[];
    return { stored, changed: changed.map((change, i) => ({ change, kase: cases[i] })) };
  }, [db, listId]);

  if (running) {
    return (
      <div className="import-progress cluster" role="status">
        <progress max={running.total || 1} value={running.done} aria-label={t('screening.rescreen.title')} />
        <span>{t('screening.rescreen.running', { done: running.done, total: running.total })}</span>
      </div>
    );
  }
  if (!result) return null;
  const { stored, changed } = result;
  const gained = stored.changes.reduce((n, c) => n + c.gained.length, 0);
  const lost = stored.changes.reduce((n, c) => n + c.lost.length, 0);
  return (
    <section className="form-section stack" aria-labelledby="rescreen-title">
      <h2 id="rescreen-title">{t('screening.rescreen.title')}</h2>
      <p role="status">{t('screening.rescreen.summary', { count: stored.caseCount, at: fmt.dateTime(stored.at), entries: stored.changedEntries, gained, lost, cases: stored.changes.length })}</p>
      {changed.length > 0 ? (
        <ul>
          {changed.map(({ change, kase }) => (
            <li key={change.caseId}>
              <Link href={`/cases/${change.caseId}`}>{kase ? `${kase.reference} — ${kase.title}` : change.caseId}</Link>
              {': '}
              {[
                change.gained.length > 0 ? t('screening.rescreen.gained', { count: change.gained.length }) : '',
                change.lost.length > 0 ? t('screening.rescreen.lost', { count: change.lost.length }) : '',
              ]
                .filter(Boolean)
                .join(', ')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
