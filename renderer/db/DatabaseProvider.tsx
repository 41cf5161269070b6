import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components';
import { openWorkspaceDb, type AttacheDb } from './AttacheDb';
import { ensureDeviceId } from './ids';

/** What features get from `useDatabase()`: the open workspace db and who is writing from where. */
export interface DatabaseContextValue {
  db: AttacheDb;
  deviceId: string;
  /** Display name recorded in the audit log for changes made in this window. */
  actor: string;
}

const DatabaseContext = createContext<DatabaseContextValue | null>(null);

export interface DatabaseProviderProps {
  children: ReactNode;
  /** Display name of the user; recorded as `actor` in the change log. */
  actor?: string;
  workspaceId?: string;
  /** Opens the database; tests pass one backed by fake-indexeddb. */
  open?: (workspaceId: string) => Promise<AttacheDb>;
  /**
   * The device id commits are stamped with, read from the open database. Defaults to the local
   * id (`ensureDeviceId`); the app passes the sync feature's resolver, which answers the server's
   * id of this device once the workspace is enrolled.
   */
  resolveDeviceId?: (db: AttacheDb) => Promise<string>;
}

type State = { kind: 'opening' } | { kind: 'open'; db: AttacheDb; deviceId: string } | { kind: 'failed'; error: unknown };

/**
 * Opens the workspace database and provides it. Renders a quiet status until it is open (visible
 * only when opening is slow), so no feature ever sees a missing db (mount it with
 * `key={workspaceId}` so a workspace switch starts afresh);
 * if opening fails it shows an alert with the reason instead of the app.
 * Closes the database when unmounted.
 */
export function DatabaseProvider({
  children,
  actor = 'local',
  workspaceId = 'local',
  open = openWorkspaceDb,
  resolveDeviceId = ensureDeviceId,
}: DatabaseProviderProps) {
  const [state, setState] = useState<State>({ kind: 'opening' });
  const { t } = useTranslation();

  useEffect(() => {
    let cancelled = false;
    let opened: AttacheDb | undefined;
    open(workspaceId)
      .then(async (db) => {
        opened = db;
        const deviceId = await resolveDeviceId(db);
        if (cancelled) db.close();
        else setState({ kind: 'open', db, deviceId });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ kind: 'failed', error });
      });
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, [open, workspaceId, resolveDeviceId]);

  if (state.kind === 'opening') {
    // Shown only if opening takes a while (the style fades it in late): the first opening after
    // an update may rearrange every stored record (schema version 9 moved each row's clocks).
    return (
      <main className="db-opening">
        <div role="status">
          <p className="db-opening-title">{t('db.opening.title')}</p>
          <p className="db-opening-body">{t('db.opening.body')}</p>
        </div>
      </main>
    );
  }
  if (state.kind === 'failed') {
    const reason = state.error instanceof Error ? `${state.error.name}: ${state.error.message}` : String(state.error);
    return (
      <main className="db-open-error">
        <Banner tone="error" title={t('db.openFailed.title')}>
          <p>{t('db.openFailed.body')}</p>
          <pre>{reason}</pre>
        </Banner>
      </main>
    );
  }
  return (
    <DatabaseContext.Provider value={{ db: state.db, deviceId: state.deviceId, actor }}>{children}</DatabaseContext.Provider>
  );
}

/** The open workspace database; throws when used outside `DatabaseProvider` (a wiring bug). */
export function useDatabase(): DatabaseContextValue {
  const value = useContext(DatabaseContext);
  if (!value) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return value;
}

/** Provides an already open database (tests, benchmarks, storybook-like pages). */
export function StaticDatabaseProvider({ value, children }: { value: DatabaseContextValue; children: ReactNode }) {
  return <DatabaseContext.Provider value={value}>{children}</DatabaseContext.Provider>;
}
