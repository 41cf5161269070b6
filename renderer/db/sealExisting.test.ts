import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { commitChanges } from './commitChanges';
import { sealedProperty } from './recordSealing';
import { sealExistingRecords } from './sealExisting';
import { makeTestDb, newTestDataKey } from './testDb';

const ctx = { actor: 'Trần Thị B', deviceId: '0190f0aa-1111-4222-8333-444455556666' };

function rawValues(db: ReturnType<typeof makeTestDb>, store: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
}

describe('sealing the data written before a passphrase existed', () => {
  it('seals every record of the rows, outbox and audit, keeps their content and keys, and reports progress', async () => {
    const factory = new IDBFactory();
    const plain = makeTestDb('attache-ws-local', { dataKey: undefined }, factory);
    const cases = Array.from({ length: 5 }, (_, i) => ({ ...sampleRecords.cases, id: crypto.randomUUID(), reference: `2026-K7QX-004${i}` }));
    await commitChanges(plain, cases.map((c) => ({ table: 'cases' as const, id: c.id, op: 'put' as const, fields: c })), ctx);
    await plain.meta.put({ key: 'sync.settings', value: { token: 'secret-token' } });
    const before = { cases: await plain.cases.toArray(), outbox: await plain.outbox.toArray(), changeLog: await plain.changeLog.toArray() };
    plain.close();

    const sealed = makeTestDb('attache-ws-local', { dataKey: newTestDataKey() }, factory);
    const progress: [number, number][] = [];
    await sealExistingRecords(sealed, (done, total) => progress.push([done, total]));
    for (const store of ['cases', 'outbox', 'changeLog', 'meta']) {
      for (const value of await rawValues(sealed, store)) expect(value[sealedProperty], store).toBeInstanceOf(Uint8Array);
    }
    expect(JSON.stringify(await rawValues(sealed, 'meta'))).not.toContain('secret-token');
    expect({ cases: await sealed.cases.toArray(), outbox: await sealed.outbox.toArray(), changeLog: await sealed.changeLog.toArray() }).toEqual(before);
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
    expect(progress.at(-1)?.[1]).toBeGreaterThanOrEqual(16); // 5 cases + 5 outbox + 5 audit + meta entries
    sealed.close();
  });
});
