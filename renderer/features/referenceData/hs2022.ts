import Papa from 'papaparse';
import { useEffect, useState } from 'react';
import type { HsCodeRow } from '../../db';
import { checkHsRow, readHsHeader } from './hsRowCheck';

/**
 * A nomenclature held in memory: codes by code, and in code order for prefix suggestions. The
 * built-in HS 2022 is one (about 7,000 rows, a few hundred kilobytes); imported national tariffs
 * stay in the workspace's `hsCodes` table and are layered on top of it (hsLookup.ts).
 */
export class HsNomenclature {
  private readonly byCode: ReadonlyMap<string, HsCodeRow>;
  private readonly ordered: readonly HsCodeRow[];

  constructor(rows: readonly HsCodeRow[]) {
    this.byCode = new Map(rows.map((row) => [row.code, row]));
    this.ordered = [...this.byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  get size(): number {
    return this.ordered.length;
  }

  get(code: string): HsCodeRow | undefined {
    return this.byCode.get(code);
  }

  /** Up to `limit` codes starting with `prefix`, in code order (as a Dexie `startsWith` scan gives them). */
  startingWith(prefix: string, limit: number): HsCodeRow[] {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ordered[middle] as HsCodeRow).code < prefix) low = middle + 1;
      else high = middle;
    }
    const found: HsCodeRow[] = [];
    for (let i = low; i < this.ordered.length && found.length < limit; i += 1) {
      const row = this.ordered[i] as HsCodeRow;
      if (!row.code.startsWith(prefix)) break;
      found.push(row);
    }
    return found;
  }
}

/** Reads a nomenclature CSV (the import's columns and checks); rows the import would refuse are left out. */
export function parseNomenclature(csv: string): HsNomenclature {
  const { data } = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true });
  const columns = data[0] ? readHsHeader(data[0]) : null;
  if (!columns) throw new Error('The built-in nomenclature has no usable header');
  const seen = new Set<string>();
  const rows: HsCodeRow[] = [];
  for (const fields of data.slice(1)) {
    const checked = checkHsRow(fields, columns, seen);
    if ('row' in checked) {
      seen.add(checked.row.code);
      rows.push(checked.row);
    }
  }
  return new HsNomenclature(rows);
}

let hs2022: Promise<HsNomenclature> | null = null;
/** Set once loaded, so a component mounted later has it on its first render. */
let hs2022Ready: HsNomenclature | undefined;

/**
 * The HS 2022 nomenclature shipped with the app (assets/reference/hs2022.csv, public domain, as UN
 * Comtrade publishes it), so a fresh install checks and describes HS codes without any import.
 * Loaded on first use as a chunk of its own, so opening the app does not wait for it.
 */
export function loadHs2022(): Promise<HsNomenclature> {
  hs2022 ??= import('../../../assets/reference/hs2022.csv?raw').then((module) => {
    hs2022Ready = parseNomenclature(module.default);
    return hs2022Ready;
  });
  return hs2022;
}

/** The built-in HS 2022 nomenclature; undefined for the moment it takes to load the first time. */
export function useHs2022(): HsNomenclature | undefined {
  const [loaded, setLoaded] = useState<HsNomenclature | undefined>(hs2022Ready);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    void loadHs2022().then((nomenclature) => {
      if (current) setLoaded(nomenclature);
    });
    return () => {
      current = false;
    };
  }, [loaded]);
  return loaded;
}
