// Ambient declarations for the untyped PouchDB packages used only by the sync benchmarks: the
// small part of PouchDB's API the benchmarks call.

declare namespace PouchBench {
  interface Database {
    bulkDocs(docs: object[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
  }

  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
  }

  interface Static {
    new (name: string, options?: Record<string, unknown>): Database;
    plugin(plugin: unknown): Static;
    defaults(options: Record<string, unknown>): Static;
    /** Resolves when a one-off replication has copied everything (it is also an event emitter). */
    replicate(source: string | Database, target: string | Database, options?: Record<string, unknown>): Promise<ReplicationResult>;
  }
}

declare module 'pouchdb-browser' {
  const PouchDB: PouchBench.Static;
  export default PouchDB;
}
declare module 'pouchdb-core' {
  const PouchDB: PouchBench.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** Builds a CouchDB-compatible request handler over the given PouchDB constructor. */
  function expressPouchDb(
    PouchDB: PouchBench.Static,
    options?: Record<string, unknown>,
  ): (req: IncomingMessage, res: ServerResponse) => void;
  export default expressPouchDb;
}
