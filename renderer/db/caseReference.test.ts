import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionItemReferencePattern, deviceTagFromId, parseCaseReference } from '../../shared/domain';
import type { AttacheDb } from './AttacheDb';
import { allocateActionItemReference, allocateCaseReference } from './caseReference';
import { ensureDeviceId, newId } from './ids';
import { makeTestDb } from './testDb';

let db: AttacheDb;
beforeEach(async () => {
  db = makeTestDb();
  await db.open();
});
afterEach(() => db.close());

describe('allocateCaseReference', () => {
  it('hands out unique, increasing references for this device and year', async () => {
    const deviceId = await ensureDeviceId(db);
    const now = new Date(2026, 5, 15);
    const refs: string[] = [];
    for (let i = 0; i < 12; i++) refs.push(await allocateCaseReference(db, deviceId, now));
    expect(new Set(refs).size).toBe(12);
    expect(refs[0]).toBe(`2026-${deviceTagFromId(deviceId)}-0001`);
    expect(refs.map((r) => parseCaseReference(r)!.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('allocates concurrently without repeating a number', async () => {
    const deviceId = await ensureDeviceId(db);
    const refs = await Promise.all(Array.from({ length: 20 }, () => allocateCaseReference(db, deviceId, new Date(2026, 0, 2))));
    expect(new Set(refs).size).toBe(20);
  });

  it('restarts the sequence in a new year and differs between devices', async () => {
    const a = newId();
    const b = newId();
    expect(await allocateCaseReference(db, a, new Date(2026, 11, 31))).toMatch(/^2026-[A-Z2-9]{4}-0001$/);
    expect(await allocateCaseReference(db, a, new Date(2027, 0, 1))).toMatch(/^2027-[A-Z2-9]{4}-0001$/);
    const fromA = await allocateCaseReference(db, a, new Date(2027, 0, 1));
    const fromB = await allocateCaseReference(db, b, new Date(2027, 0, 1));
    expect(fromA).toMatch(/-0002$/);
    expect(fromB).not.toBe(fromA);
  });

  it('is rolled back with the caller’s transaction when the save fails', async () => {
    const deviceId = await ensureDeviceId(db);
    await db
      .transaction('rw', db.meta, db.cases, async () => {
        await allocateCaseReference(db, deviceId, new Date(2026, 0, 1));
        throw new Error('saving the case failed');
      })
      .catch(() => undefined);
    expect(await allocateCaseReference(db, deviceId, new Date(2026, 0, 1))).toMatch(/-0001$/);
  });
});

describe('ensureDeviceId', () => {
  it('is generated once per database and then stays the same', async () => {
    const first = await ensureDeviceId(db);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await ensureDeviceId(db)).toBe(first);
    const other = makeTestDb();
    expect(await ensureDeviceId(other)).not.toBe(first);
    other.close();
  });
});

describe('allocateActionItemReference', () => {
  it('numbers action items apart from cases, with the device tag, valid for the schema', async () => {
    const deviceId = await ensureDeviceId(db);
    const now = new Date(2026, 5, 15);
    await allocateCaseReference(db, deviceId, now);
    const first = await allocateActionItemReference(db, deviceId, now);
    const second = await allocateActionItemReference(db, deviceId, now);
    expect(first).toBe(`AI-2026-${deviceTagFromId(deviceId)}-001`);
    expect(second).toBe(`AI-2026-${deviceTagFromId(deviceId)}-002`);
    expect(second).toMatch(actionItemReferencePattern);
  });
});
