import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Banner } from '../../components';
import { useDatabase } from '../../db';
import { countCaseConflicts } from './caseConflicts';
import './conflicts.css';

/**
 * Shown on a case's page while the case (or one of its records) has an open conflict, with a
 * link to its resolution on the Conflicts page (`/conflicts?record=<id>` brings it into view).
 * Nothing while there is none. Live: it appears after a pull and leaves once resolved anywhere.
 */
export function ConflictMarker({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const count = useLiveQuery(() => countCaseConflicts(db, caseId), [db, caseId]);
  if (!count) return null;
  return (
    <div className="conflict-marker">
      <Banner
        tone="warning"
        title={t('conflicts.marker.text', { count })}
        action={
          <Link href={`/conflicts?record=${encodeURIComponent(caseId)}`} className="btn btn-secondary btn-small">
            {t('conflicts.marker.resolve')}
          </Link>
        }
      />
    </div>
  );
}
