import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../domain/sampleRecords';
import { deleteOf, hlcAt, putOn, replay, rowOf } from './mergeFixtures';
import type { MergeInput } from './mergeTypes';
import { rebasePending } from './rebase';

const A = 'dev-a';

describe('rebasePending', () => {
  it('shows unsent local edits over a newer server value, keeping the base they were made on', () => {
    const server = rowOf('cases', { title: 'Renamed on B' });
    server.fieldMeta.title = { v: 9, hlc: hlcAt(5_000, 'dev-b') };
    const first = putOn(server, { title: 'Renamed on A' }, { hlc: hlcAt(3_000, A), deviceId: A, base: 3 });
    const second = putOn(server, { title: 'Renamed twice on A', summary: 'x' }, { hlc: hlcAt(4_000, A), deviceId: A, base: { title: 3, summary: 3 } });
    const local = rebasePending(server, [first, second]);
    expect(local.fields).toMatchObject({ title: 'Renamed twice on A', summary: 'x', priority: server.fields.priority });
    // v stays 3: A never saw B's title, so its next edit must still reach the server as concurrent
    expect(local.fieldMeta.title).toEqual({ v: 3, hlc: second.hlc });
    expect(local.fieldMeta.priority).toEqual(server.fieldMeta.priority);
    expect(local.deleted).toBe(false);
  });

  it('with nothing pending the local view is the server row', () => {
    const server = rowOf('cases');
    expect(rebasePending(server, [])).toEqual({ fields: server.fields, fieldMeta: server.fieldMeta, deleted: false });
  });

  it('a pending delete wins locally', () => {
    const server = rowOf('cases', { title: 'Renamed on B' });
    const edit = putOn(server, { title: 'A' }, { hlc: hlcAt(3_000, A), deviceId: A, base: 3 });
    expect(rebasePending(server, [edit, deleteOf(server, hlcAt(4_000, A), A)]).deleted).toBe(true);
  });

  it('a server tombstone hides an edit made before the delete, as the server will (conflict)', () => {
    const { row: tombstone } = replay(rowOf('cases'), [deleteOf(rowOf('cases'), hlcAt(2_000, 'dev-b'), 'dev-b')]);
    const edit = putOn(tombstone!, { title: 'Edited offline' }, { hlc: hlcAt(3_000, A), deviceId: A, base: 3 });
    expect(rebasePending(tombstone, [edit])).toMatchObject({ deleted: true, fields: { title: sampleRecords.cases.title } });
    const restore = putOn(tombstone!, { title: 'Restored' }, { hlc: hlcAt(5_000, A), deviceId: A, base: tombstone!.version });
    expect(rebasePending(tombstone, [edit, restore])).toMatchObject({ deleted: false, fields: { title: 'Restored' } });
  });

  it('a record only created locally shows its create', () => {
    const { id, ...fields } = sampleRecords.parties;
    const create = putOn({ table: 'parties', id }, fields, { hlc: hlcAt(1_000, A), deviceId: A });
    const local = rebasePending(null, [create]);
    expect(local.fields).toEqual(fields);
    expect(local.fieldMeta.name).toEqual({ v: 0, hlc: create.hlc });
  });

  it('agrees with the server: without concurrent changes, the local view is what the push will produce', () => {
    const server = rowOf('cases', { status: 'open' });
    const edit = fc.record(
      {
        title: fc.constantFrom('Plywood', 'Honey'),
        summary: fc.constantFrom('', 'Visited.'),
        priority: fc.constantFrom('low', 'urgent'),
        status: fc.constantFrom('awaitingReply'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const pending: MergeInput[] = [];
        for (const [i, fields] of edits.entries()) {
          const local = rebasePending(server, pending); // the view the user edits
          const base = Object.fromEntries(Object.keys(fields).map((f) => [f, local.fieldMeta[f]?.v ?? 0]));
          pending.push(putOn(server, fields, { hlc: hlcAt(1_000 + i, A), deviceId: A, base }));
        }
        const view = rebasePending(server, pending);
        const pushed = replay(server, pending).row;
        expect(pushed?.fields).toEqual(view.fields);
      }),
    );
  });
});
