import type { GoodsLine, Party } from '../../../../shared/domain';
import type { AttacheDb } from '../../../db';
import type { ScreenedCase } from './screeningProtocol';

const page = 2000;

/** Every live row of `table`, read in pages opened with WebCrypto (`readRowsAfter`), so 50k rows never hold the page. */
async function sweep<T extends { id: string; deleted: number }>(db: AttacheDb, table: string): Promise<T[]> {
  const rows: T[] = [];
  for (let after: string | null = null; ; ) {
    const batch: T[] = await db.readRowsAfter<T>(table, after, page);
    rows.push(...batch.filter((r) => r.deleted === 0));
    if (batch.length < page) return rows;
    after = batch[batch.length - 1]!.id;
  }
}

const party = (p: Party) => ({ id: p.id, name: p.name, nameLatin: p.nameLatin, country: p.country, identifiers: p.identifiers });

/** Every live case with its parties and goods lines, as screening reads them. */
export async function loadScreenedCases(db: AttacheDb): Promise<ScreenedCase[]> {
  const [cases, parties, goods] = await Promise.all([
    sweep<{ id: string; deleted: number }>(db, 'cases'),
    sweep<Party & { deleted: number }>(db, 'parties'),
    sweep<GoodsLine & { deleted: number }>(db, 'goods'),
  ]);
  const byCase = new Map<string, ScreenedCase>(cases.map((c) => [c.id, { caseId: c.id, parties: [], goods: [] }]));
  for (const p of parties) byCase.get(p.caseId)?.parties.push(party(p));
  for (const g of goods) byCase.get(g.caseId)?.goods.push({ id: g.id, hsCode: g.hsCode });
  return [...byCase.values()];
}

/** One case, screened on its page. */
export function screenedCase(caseId: string, parties: readonly Party[], goods: readonly GoodsLine[]): ScreenedCase {
  return { caseId, parties: parties.map(party), goods: goods.map((g) => ({ id: g.id, hsCode: g.hsCode })) };
}
