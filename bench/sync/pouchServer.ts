// The PouchDB baseline's server: express-pouchdb over pouchdb-adapter-memory on loopback HTTP,
// holding the same case documents (`_id` = the case id) as the sync server.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDb from 'express-pouchdb';
import PouchCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapReduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import type { Case } from '../../shared/domain';

export interface PouchBenchServer {
  /** The database URL a PouchDB replicates from. */
  dbUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the server with one database, `cases`, filled with `cases` before it listens. The bench
 * page is on another origin, so CORS is answered here (with credentials: PouchDB's HTTP adapter
 * sends `credentials: 'include'`).
 */
export async function startPouchServer(cases: readonly Case[], pageOrigin: string): Promise<PouchBenchServer> {
  const PouchDB = PouchCore.plugin(memoryAdapter).plugin(httpAdapter).plugin(mapReduce).plugin(replication);
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
  const logDir = await mkdtemp(join(tmpdir(), 'attache-bench-pouch-'));
  const handler = expressPouchDb(MemoryPouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: join(logDir, 'log.txt'),
  });
  const db = new MemoryPouch('cases');
  for (let start = 0; start < cases.length; start += 5000) {
    await db.bulkDocs(cases.slice(start, start + 5000).map(({ id, ...fields }) => ({ _id: id, ...fields })));
  }

  const server: Server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', pageOrigin);
    res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('vary', 'origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, HEAD');
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type');
      res.setHeader('access-control-max-age', '600');
      res.writeHead(204).end();
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('PouchDB server has no port');
  return {
    dbUrl: `http://127.0.0.1:${address.port}/cases`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
      await rm(logDir, { recursive: true, force: true });
    },
  };
}
