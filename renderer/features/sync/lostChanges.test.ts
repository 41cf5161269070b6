import { describe, expect, it } from 'vitest';
import { formatHlc, type PulledChange } from '../../../shared/sync';
import { lostChanges, type HeldRecord } from './lostChanges';

// What a laptop must send again after the server was restored from an older backup: only what it
// holds newer than the server's copy, as ordinary changes the server's merge then rules on.
const at = (ms: number, deviceId = 'laptop-a') => formatHlc({ ms, counter: 0, deviceId });
const id = '0193a0c2-5f00-7000-8000-000000000001';

const held = (fields: Record<string, unknown>, clocks: HeldRecord['clocks'], deleted = false): HeldRecord => ({
  table: 'cases',
  id,
  fields,
  clocks,
  deleted,
});
const onServer = (fields: Record<string, unknown>, fieldMeta: PulledChange['fieldMeta'], deleted = false): PulledChange => ({
  table: 'cases',
  id,
  version: 40,
  deleted,
  fields,
  fieldMeta,
});

describe('lostChanges', () => {
  it('sends a record the server no longer has as one create, then its delete if it is deleted here', () => {
    const mine = held({ title: 'Steel via Malaysia', summary: 'Bills of lading' }, { title: { v: 3, hlc: at(1) }, summary: { v: 4, hlc: at(2) } });
    expect(lostChanges(null, mine, new Set())).toEqual([
      { table: 'cases', id, op: 'put', fields: { title: 'Steel via Malaysia', summary: 'Bills of lading' }, hlc: at(2) },
    ]);
    const deleted = { ...mine, deleted: true };
    expect(lostChanges(null, deleted, new Set()).map((c) => c.op)).toEqual(['put', 'delete']);
  });

  it('sends only the fields held newer than the server, grouped by the change that made them, oldest first', () => {
    const mine = held(
      { title: 'Edited title', summary: 'Edited summary', status: 'open' },
      { title: { v: 7, hlc: at(20) }, summary: { v: 8, hlc: at(10) }, status: { v: 2, hlc: at(1) } },
    );
    const server = onServer({ title: 'Old title', summary: 'Old summary', status: 'open' }, {
      title: { v: 2, hlc: at(5) },
      summary: { v: 2, hlc: at(5) },
      status: { v: 2, hlc: at(1) },
    });
    expect(lostChanges(server, mine, new Set())).toEqual([
      { table: 'cases', id, op: 'put', fields: { summary: 'Edited summary' }, base: { summary: 8 }, hlc: at(10) },
      { table: 'cases', id, op: 'put', fields: { title: 'Edited title' }, base: { title: 7 }, hlc: at(20) },
    ]);
  });

  it('leaves out fields whose unsent change is already in the outbox, and fields the server changed later', () => {
    const mine = held({ title: 'Mine', summary: 'Mine' }, { title: { v: 7, hlc: at(20) }, summary: { v: 8, hlc: at(10) } });
    const server = onServer({ title: 'Theirs', summary: 'Theirs' }, { title: { v: 50, hlc: at(30, 'laptop-b') }, summary: { v: 2, hlc: at(5) } });
    expect(lostChanges(server, mine, new Set(['summary']))).toEqual([]);
  });

  it('deletes again what was deleted here unless the server holds something newer or is deleted too', () => {
    const mine = held({ title: 'Gone' }, { title: { v: 9, hlc: at(20) } }, true);
    expect(lostChanges(onServer({ title: 'Gone' }, { title: { v: 3, hlc: at(5) } }), mine, new Set())).toEqual([
      { table: 'cases', id, op: 'delete', hlc: at(20) },
    ]);
    expect(lostChanges(onServer({ title: 'Revived' }, { title: { v: 60, hlc: at(40, 'laptop-b') } }), mine, new Set())).toEqual([]);
    expect(lostChanges(onServer({}, { title: { v: 3, hlc: at(5) } }, true), mine, new Set())).toEqual([]);
  });
});
