import type { AttacheDb } from './AttacheDb';
import { unsealedStores } from './recordSealing';

/** Rows re-written per transaction: bounded, so a large workspace neither stalls nor runs out of memory. */
const chunkSize = 2_000;

/**
 * Re-writes every record of every sealed store of `db` (opened with the data key), so data written
 * before this profile had a passphrase is sealed too: reads give legacy records back as they are,
 * and the write seals them. `onProgress` gets the records done and the total.
 */
export async function sealExistingRecords(db: AttacheDb, onProgress?: (done: number, total: number) => void): Promise<void> {
  const tables = db.tables.filter((t) => !unsealedStores.has(t.name));
  const counts = await Promise.all(tables.map((t) => t.count()));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  for (const table of tables) {
    const keys = await table.toCollection().primaryKeys();
    for (let start = 0; start < keys.length; start += chunkSize) {
      const slice = keys.slice(start, start + chunkSize);
      await db.transaction('rw', table, async () => {
        const values = (await table.bulkGet(slice)).filter((v) => v !== undefined);
        await table.bulkPut(values);
      });
      done += slice.length;
      onProgress?.(done, total);
    }
  }
}
