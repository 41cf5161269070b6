import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { makeCase, makeParty } from '../../../test/fixtures/makeCase';
import { commitChanges, type AttacheDb, type Change } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { inProcessSearchClient } from './inProcessSearch';
import type { SearchClient } from './SearchClient';
import { startSearchFeed, type SearchIndexStatus } from './searchFeed';
import { searchTypes } from './searchTypes';

const ctx = { actor: 'Trần Thị Bích', deviceId: '0190f0aa-1111-4222-8333-444455556666' };
const limits = Object.fromEntries(searchTypes.map((t) => [t, 20]));
const put = (table: Change['table'], fields: { id: string } & Record<string, unknown>): Change => ({ table, id: fields.id, op: 'put', fields });

describe('startSearchFeed', () => {
  let db: AttacheDb;
  let client: SearchClient;
  let statuses: SearchIndexStatus[];
  let stop: () => void;

  const start = (chunkSize = 2) => {
    stop = startSearchFeed(db, client, (s) => statuses.push(s), { chunkSize });
  };
  // The feed follows commits through a liveQuery and a worker-style client: on a busy machine
  // catching up takes more than waitFor's default second, which failed npm test under load.
  const catchUp = { timeout: 5_000 };
  const ready = () => vi.waitFor(() => expect(statuses.at(-1)?.phase).toBe('ready'), catchUp);
  const titles = async (query: string) => (await client.search(query, limits)).groups.flatMap((g) => g.hits.map((h) => h.title));
  /** Waits until `query` finds exactly `expected` (the feed catches up after each commit). */
  const finds = (query: string, expected: string[]) => vi.waitFor(async () => expect(await titles(query)).toEqual(expected), catchUp);

  beforeEach(async () => {
    db = makeTestDb();
    await db.open();
    client = inProcessSearchClient();
    statuses = [];
  });

  afterEach(() => {
    stop();
    client.close();
    db.close();
  });

  it('indexes every live record at start, in chunks, counting progress up to the total', async () => {
    const kept = makeCase({ title: 'Gỗ dán từ Nguyễn Văn Cẩn' });
    const deleted = makeCase({ title: 'Gỗ dán bị xoá' });
    await commitChanges(db, [put('cases', kept), put('cases', deleted), put('parties', makeParty(kept.id)), put('contacts', sampleRecords.contacts)], ctx);
    await commitChanges(db, [{ table: 'cases', id: deleted.id, op: 'delete' }], ctx);
    start();
    await ready();
    expect(statuses[0]).toMatchObject({ phase: 'building', done: 0 });
    expect(statuses.at(-1)).toMatchObject({ phase: 'ready', done: 4, total: 4 });
    expect(statuses.some((s) => s.phase === 'building' && s.done > 0 && s.done < 4)).toBe(true);
    expect(await titles('go dan')).toEqual(['Gỗ dán từ Nguyễn Văn Cẩn']);
    expect(await titles('cong ty tnhh go')).toEqual(['Công ty TNHH Gỗ Hoà Bình']);
    expect(await titles(sampleRecords.contacts.familyName)).toContain('Nguyễn Văn Cẩn');
  });

  it('follows commits: new, edited and deleted records', async () => {
    start();
    await ready();
    const record = makeCase({ title: 'Mật ong Đồng Tháp' });
    await commitChanges(db, [put('cases', record)], ctx);
    await finds('mat ong dong thap', ['Mật ong Đồng Tháp']);
    await commitChanges(db, [put('cases', { id: record.id, title: 'Tôm đông lạnh Cà Mau' })], ctx);
    await finds('tom dong lanh', ['Tôm đông lạnh Cà Mau']);
    expect(await titles('mat ong')).toEqual([]);
    await commitChanges(db, [{ table: 'cases', id: record.id, op: 'delete' }], ctx);
    await finds('tom dong lanh', []);
  });

  it('follows bulk writes, which Dexie reports as a whole-table change', async () => {
    start();
    await ready();
    const many = Array.from({ length: 60 }, (_, i) => makeCase({ title: `Lô ván ép số ${i + 1}` }));
    await commitChanges(db, many.map((c) => put('cases', c)), ctx);
    await vi.waitFor(async () => expect((await client.search('lo van ep', { case: 1 })).groups[0]?.total).toBe(60));
    // Rows removed below commitChanges (a rejected create that sync drops) leave the index too.
    await db.cases.bulkDelete(many.slice(0, 55).map((c) => c.id));
    await vi.waitFor(async () => expect((await client.search('lo van ep', { case: 1 })).groups[0]?.total).toBe(5));
  });

  it('counts index versions so shown results can refresh', async () => {
    start();
    await ready();
    const before = statuses.at(-1)!.version;
    await commitChanges(db, [put('cases', makeCase())], ctx);
    await vi.waitFor(() => expect(statuses.at(-1)!.version).toBeGreaterThan(before));
  });

  it('stops following changes when stopped', async () => {
    start();
    await ready();
    stop();
    const count = statuses.length;
    await commitChanges(db, [put('cases', makeCase({ title: 'Sau khi dừng' }))], ctx);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await titles('sau khi dung')).toEqual([]);
    expect(statuses.length).toBe(count);
  });
});
