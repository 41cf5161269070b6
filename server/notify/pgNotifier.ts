import pg from 'pg';
import type { Notifier } from './notifier';
import { PokeListeners } from './notifier';

/** The PostgreSQL channel every server instance listens on. */
export const pokeChannel = 'attache_poke';

/**
 * Pokes across several server instances on one PostgreSQL (SYNC-PROTOCOL.md "Scaling out"):
 * `notify` sends `pg_notify`, and every instance (this one included) hears it on its dedicated
 * LISTEN connection and pokes its own SSE clients. A lost LISTEN connection is re-opened with a
 * back-off; pokes sent meanwhile are lost, which only delays pulls until the clients' timers.
 */
export async function createPgNotifier(connectionString: string, options: { onError?: (e: unknown) => void } = {}): Promise<Notifier> {
  const listeners = new PokeListeners();
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on('error', () => undefined);
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      if (message.channel !== pokeChannel || !message.payload) return;
      try {
        const { w, v } = JSON.parse(message.payload) as { w: string; v: number };
        listeners.emit(w, v);
      } catch (error) {
        options.onError?.(error);
      }
    });
    client.on('error', (error) => {
      options.onError?.(error);
      client.end().catch(() => undefined);
      if (listener === client) listener = null;
      if (!closed) retry = setTimeout(() => void connect().catch(options.onError), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${pokeChannel}`);
    listener = client;
  };
  await connect();

  return {
    async notify(workspaceId, version) {
      await pool.query('SELECT pg_notify($1, $2)', [pokeChannel, JSON.stringify({ w: workspaceId, v: version })]);
    },
    subscribe: (workspaceId, fn) => listeners.add(workspaceId, fn),
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      listeners.clear();
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
