import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { usePreferences } from '../../profile';
import { useDatabase } from '../../db/DatabaseProvider';
import { openStateChannel } from './stateChannel';
import { createSyncClient, type FetchLike } from './syncClient';
import { destroySessionWorkspaceKey } from '../../security/session';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import { startSyncOwner } from './syncOwner';
import { loadSyncSettings, type SyncSettings } from './syncSettings';
import type { SyncState } from './syncState';
import { summarizeEnrollment, useSyncStore } from './syncStore';

/** Delay between a local save and the push it triggers, so a burst of edits goes in one request. */
const pushDelayMs = 300;

/**
 * Runs sync for the open workspace and feeds `useSyncStore`. Mount inside `DatabaseProvider`
 * (keyed by workspace). When the workspace is enrolled it creates the engine and competes for
 * sync ownership (`startSyncOwner`: one window per profile runs it; the others show its state via
 * a broadcast). The pending count is a live count of the outbox; a new local change asks for a
 * push shortly after. When the engine reports the device revoked (it has already erased the
 * workspace's data), it records the notice and switches back to the `local` workspace.
 */
export function SyncProvider({ children, fetch }: { children: ReactNode; fetch?: FetchLike }) {
  const { db } = useDatabase();
  const workspaceId = usePreferences((s) => s.workspaceId);
  const setWorkspaceId = usePreferences((s) => s.setWorkspaceId);
  const [settings, setSettings] = useState<SyncSettings | null>(null);
  const pending = useLiveQuery(() => db.outbox.count(), [db], 0);
  const previousPending = useRef(pending);

  useEffect(() => {
    let current = true;
    void loadSyncSettings(db).then((loaded) => {
      if (!current) return;
      setSettings(loaded);
      useSyncStore.getState().setEnrollment(loaded ? summarizeEnrollment(loaded) : null);
      // A workspace database without an enrollment (disconnected elsewhere) is of no use: go local.
      if (!loaded && workspaceId !== 'local') setWorkspaceId('local');
    });
    return () => {
      current = false;
    };
  }, [db, workspaceId, setWorkspaceId]);

  useEffect(() => {
    if (!settings) return;
    const store = useSyncStore.getState();
    const onState = (state: SyncState) => {
      if (state.phase === 'revoked') {
        useSyncStore.getState().markRevoked(settings.workspace.name);
        setWorkspaceId('local');
      } else useSyncStore.getState().applyEngineState(state);
    };
    const client = createSyncClient({ baseUrl: settings.serverUrl, token: settings.token, fetch });
    let engine: SyncEngine | null = null;
    const channel = openStateChannel(settings.workspace.id, onState, () => {
      const state = engine?.getState();
      return state && state.phase !== 'idle' ? state : null;
    });
    engine = createSyncEngine({
      db,
      client,
      deviceId: settings.deviceId,
      destroyKey: () => destroySessionWorkspaceKey(settings.workspace.id),
      onState: (state) => {
        onState(state);
        channel.post(state);
      },
    });
    const owner = startSyncOwner({ engine, client });
    store.setSyncNow(() => owner.requestSync());
    return () => {
      useSyncStore.getState().setSyncNow(() => undefined);
      channel.close();
      engine?.dispose();
      void owner.stop();
    };
  }, [db, settings, fetch, setWorkspaceId]);

  useEffect(() => {
    useSyncStore.getState().setPending(pending);
    const grew = pending > previousPending.current;
    previousPending.current = pending;
    if (!grew || !settings || (typeof navigator !== 'undefined' && !navigator.onLine)) return;
    const timer = setTimeout(() => useSyncStore.getState().syncNow(), pushDelayMs);
    return () => clearTimeout(timer);
  }, [pending, settings]);

  return children;
}
