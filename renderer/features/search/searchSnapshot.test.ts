import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { makeCase, makeParty } from '../../../test/fixtures/makeCase';
import { commitChanges, type AttacheDb, type Change } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { readHeader, withHeader } from './headedBytes';
import { inProcessSearchClient } from './inProcessSearch';
import type { SearchClient } from './SearchClient';
import { searchSnapshotFormat, SearchIndex, SnapshotFormatError } from './SearchIndex';
import { startSearchFeed, type SearchIndexStatus } from './searchFeed';
import { toSearchDocument } from './searchDocuments';
import { searchTerms } from './searchTerms';
import { searchTables, searchTypes, type SearchTable } from './searchTypes';

const ctx = { actor: 'Trần Thị Bích', deviceId: '0190f0aa-1111-4222-8333-444455556666' };
const limits = Object.fromEntries(searchTypes.map((t) => [t, 20]));
const put = (table: Change['table'], fields: { id: string } & Record<string, unknown>): Change => ({ table, id: fields.id, op: 'put', fields });

describe('SearchIndex snapshots', () => {
  const docs = [
    { type: 'case' as const, id: 'c1', title: 'Gỗ dán Hải Phòng', detail: '2026-HN-0001', caseId: 'c1', date: null, primary: ['Gỗ dán Hải Phòng', '2026-HN-0001'], secondary: ['Nguyễn Văn Cẩn'], body: ['Plywood cores'] },
    { type: 'party' as const, id: 'p1', title: 'Công ty TNHH Thép Việt', detail: '0100233488', caseId: 'c1', date: null, primary: ['Công ty TNHH Thép Việt'], secondary: ['0100233488'], body: [] },
    { type: 'actionItem' as const, id: 'a1', title: 'Send the verification letter', detail: 'AP-3', caseId: null, date: '2026-12-01', primary: ['AP-3', 'Send the verification letter'], secondary: ['Lê Minh Châu'], body: [] },
  ];

  it('loads into an index that answers every query as the original, without its dead documents', () => {
    const index = new SearchIndex();
    index.upsert(docs);
    const edit = { ...docs[0]!, title: 'Gỗ dán Hải Phòng (sửa)', primary: ['Gỗ dán Hải Phòng sửa'] };
    index.upsert([edit]); // the old version dies
    index.remove('party', ['p1']);
    const loaded = SearchIndex.fromSnapshot(index.snapshot());
    // Scored as an index of the live documents alone (dead postings no longer weigh on rarity).
    const live = new SearchIndex();
    live.upsert([docs[2]!, edit]);
    for (const query of ['go dan', 'hai ph', 'nguyen van can', 'plywod', 'ap-3', 'thep viet', 'le minh']) {
      expect(loaded.search(query, limits), query).toEqual(live.search(query, limits));
      expect(loaded.search(query, limits).groups.map((g) => g.hits.map((h) => h.id)), query).toEqual(index.search(query, limits).groups.map((g) => g.hits.map((h) => h.id)));
    }
    expect(loaded.counts()).toEqual(index.counts());
    expect(loaded.counts()).toMatchObject({ case: 1, party: 0, actionItem: 1 });
    // Still an index: unchanged documents stay, changed ones replace theirs.
    loaded.upsert([docs[2]!, { ...docs[1]!, title: 'Công ty Cổ phần Thép Việt', primary: ['Công ty Cổ phần Thép Việt'] }]);
    expect(loaded.search('co phan thep', limits).groups.flatMap((g) => g.hits.map((h) => h.title))).toEqual(['Công ty Cổ phần Thép Việt']);
    expect(loaded.size).toBe(3);
  });

  it('refuses a snapshot of another format', () => {
    const { header, body } = readHeader<{ format: number }>(new SearchIndex().snapshot());
    const forged = withHeader({ ...header, format: searchSnapshotFormat + 1 }, body);
    expect(() => SearchIndex.fromSnapshot(forged)).toThrow(SnapshotFormatError);
  });

  it('pins what is indexed to the snapshot format: change the indexing, bump searchSnapshotFormat', () => {
    // A saved index holds folded terms: if folding or the indexed fields change, old snapshots
    // would answer wrongly. This hash of how sample records are indexed changes with them; when
    // it fails, bump `searchSnapshotFormat` and record the new pair here.
    const indexed = Object.values(searchTables).map((table) => {
      const document = toSearchDocument(table, { ...(sampleRecords[table] as object), deleted: 0, version: 1 } as never)!;
      return [document, [...document.primary, ...document.secondary, ...document.body].map((text) => searchTerms(text))];
    });
    const hash = createHash('sha256').update(JSON.stringify(indexed)).digest('hex').slice(0, 16);
    expect(`${searchSnapshotFormat}:${hash}`).toBe('2:8186ac49d4b7ec9f');
  });
});

describe('startSearchFeed with a saved snapshot', () => {
  let db: AttacheDb;
  let clients: SearchClient[];
  let stops: (() => void)[];

  /** One unlock: a fresh worker and feed over the same database; resolves when ready, with the feed's reads counted. */
  async function unlock(): Promise<{ client: SearchClient; fullReads: SearchTable[]; saved: () => number }> {
    const client = inProcessSearchClient();
    clients.push(client);
    const fullReads: SearchTable[] = [];
    const read = db.readRowsAfter;
    vi.spyOn(db, 'readRowsAfter').mockImplementation((table, afterId, limit) => {
      if (afterId === null) fullReads.push(table as SearchTable);
      return read(table, afterId, limit);
    });
    let saves = 0;
    const statuses: SearchIndexStatus[] = [];
    stops.push(startSearchFeed(db, client, (s) => statuses.push(s), { chunkSize: 3, saveDelayMs: 5, onSaved: () => saves++ }));
    await vi.waitFor(() => expect(statuses.at(-1)?.phase).toBe('ready'));
    return { client, fullReads, saved: () => saves };
  }
  /** Ends an unlock, as locking does (the page reloads). */
  const lock = () => {
    stops.pop()?.();
    clients.at(-1)?.close();
    vi.restoreAllMocks();
  };
  const titles = async (client: SearchClient, query: string) => (await client.search(query, limits)).groups.flatMap((g) => g.hits.map((h) => h.title));

  beforeEach(async () => {
    db = makeTestDb();
    await db.open();
    clients = [];
    stops = [];
  });

  afterEach(() => {
    for (const stop of stops) stop();
    for (const client of clients) client.close();
    vi.restoreAllMocks();
    db.close();
  });

  const edited = makeCase({ title: 'Mật ong Đồng Tháp' });
  const removed = makeCase({ title: 'Tôm đông lạnh Cà Mau' });
  const party = makeParty(edited.id, { name: 'Công ty TNHH Ong Vàng' });

  async function firstUnlock() {
    await commitChanges(db, [put('cases', edited), put('cases', removed), put('parties', party), put('contacts', sampleRecords.contacts)], ctx);
    const first = await unlock();
    expect(first.fullReads.sort()).toEqual(Object.values(searchTables).sort());
    await vi.waitFor(() => expect(first.saved()).toBe(1));
    expect(await titles(first.client, 'mat ong')).toEqual(['Mật ong Đồng Tháp']);
    lock();
  }

  it('starts from the snapshot and catches up on what was written while it was not running, reading no table whole', async () => {
    await firstUnlock();
    // Written while "locked" here: by sync or another window, which this feed never heard of.
    const added = makeCase({ title: 'Gỗ dán Bình Dương' });
    await commitChanges(db, [put('cases', { id: edited.id, title: 'Mật ong rừng U Minh' }), put('cases', added), { table: 'cases', id: removed.id, op: 'delete' }], ctx);

    const second = await unlock();
    expect(second.fullReads).toEqual([]);
    expect(await titles(second.client, 'mat ong')).toEqual(['Mật ong rừng U Minh']);
    expect(await titles(second.client, 'go dan binh duong')).toEqual(['Gỗ dán Bình Dương']);
    expect(await titles(second.client, 'tom dong lanh')).toEqual([]);
    expect(await titles(second.client, 'tnhh ong vang')).toEqual(['Công ty TNHH Ong Vàng']);
    expect(await titles(second.client, sampleRecords.contacts.familyName)).toContain('Nguyễn Văn Cẩn');
    // What it caught up on is saved again, so the next start has nothing to read.
    await vi.waitFor(() => expect(second.saved()).toBe(1));
    lock();
    const third = await unlock();
    expect(third.fullReads).toEqual([]);
    expect(await titles(third.client, 'mat ong')).toEqual(['Mật ong rừng U Minh']);
  });

  it('reads a table whole when rows were removed outright, which leaves no stamp', async () => {
    await firstUnlock();
    await db.cases.delete(edited.id); // as sync drops a rejected create
    const second = await unlock();
    expect(second.fullReads).toEqual(['cases']);
    expect(await titles(second.client, 'mat ong')).toEqual([]);
    expect(await titles(second.client, 'tnhh ong vang')).toEqual(['Công ty TNHH Ong Vàng']);
  });

  it('builds from the records when the snapshot was altered, and replaces it', async () => {
    await firstUnlock();
    const stored = (await new Promise((resolve) => {
      const request = db.backendDB().transaction('searchSnapshots').objectStore('searchSnapshots').get('current');
      request.onsuccess = () => resolve(request.result);
    })) as { key: string; sealed: Uint8Array };
    // Sealed: none of the indexed text is in what is stored.
    expect(new TextDecoder().decode(stored.sealed)).not.toContain('Mật ong');
    expect(new TextDecoder().decode(stored.sealed)).not.toContain('mat');
    stored.sealed[stored.sealed.length - 1]! ^= 1;
    await new Promise((resolve) => {
      const tx = db.backendDB().transaction('searchSnapshots', 'readwrite');
      tx.objectStore('searchSnapshots').put(stored);
      tx.oncomplete = resolve;
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const second = await unlock();
    expect(second.fullReads.sort()).toEqual(Object.values(searchTables).sort());
    expect(await titles(second.client, 'mat ong')).toEqual(['Mật ong Đồng Tháp']);
    await vi.waitFor(() => expect(second.saved()).toBe(1));
    lock();
    expect((await unlock()).fullReads).toEqual([]);
  });

  it('keeps searching when the index cannot be saved (a full disk), and says so only in the log', async () => {
    await commitChanges(db, [put('cases', edited)], ctx);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(db, 'putSealedAside').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const statuses: SearchIndexStatus[] = [];
    const client = inProcessSearchClient();
    clients.push(client);
    stops.push(startSearchFeed(db, client, (s) => statuses.push(s), { saveDelayMs: 5 }));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('The search index could not be saved', expect.anything()));
    expect(statuses.at(-1)?.phase).toBe('ready');
    expect(await titles(client, 'mat ong')).toEqual(['Mật ong Đồng Tháp']);
  });

  it('keeps no snapshot of a database written in clear', async () => {
    db.close();
    db = makeTestDb('attache-ws-clear', { dataKey: undefined });
    await db.open();
    await commitChanges(db, [put('cases', edited)], ctx);
    const first = await unlock();
    expect(await titles(first.client, 'mat ong')).toEqual(['Mật ong Đồng Tháp']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(first.saved()).toBe(0);
    expect(await db.searchSnapshots.count()).toBe(0);
  });
});
