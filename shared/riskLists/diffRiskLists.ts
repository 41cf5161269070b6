import { riskEntryFieldsSchema, type RiskEntry } from '../domain/riskEntry';
import { codeUnitOrder } from '../matching/codeUnitOrder';
import { foldName } from '../matching/foldName';

/** The fields a list's source sets: every `RiskEntry` field but the ids the import assigns. */
export type RiskEntryField = Exclude<keyof RiskEntry, 'id' | 'listId'>;

export interface FieldChange {
  field: RiskEntryField;
  before: unknown;
  after: unknown;
}

/** One entry found in both versions whose fields differ: `fields` in the schema's field order. */
export interface RiskEntryChange {
  before: RiskEntry;
  after: RiskEntry;
  fields: FieldChange[];
}

/** What a new version of a list changes; each part sorted by `sourceRef`, then name, then HS code. */
export interface RiskListDiff {
  added: RiskEntry[];
  removed: RiskEntry[];
  changed: RiskEntryChange[];
  unchanged: number;
}

const domainFields = Object.keys(riskEntryFieldsSchema.shape).filter((f) => f !== 'id' && f !== 'listId') as RiskEntryField[];

// Lists whose order says nothing: a source that reorders an entry's aliases or categories has not
// changed the entry. Transit countries stay ordered, since they are a route.
const unorderedFields: ReadonlySet<RiskEntryField> = new Set(['aliases', 'identifiers', 'addresses', 'riskCategories', 'indicators', 'linkedOrders']);

// Stored keys (an officer's screening decision keeps one) stay short: the longest names and goods
// descriptions are cut, and two that share this many folded characters count as one subject.
const matchKeyMaxLength = 500;

/** Structural equality of field values: text, numbers, null, arrays and plain objects. */
function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => equalValues(x, (b as unknown[])[i]));
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && equalValues(x[k], y[k]));
}

/** JSON with object keys sorted, so `{ scheme, value }` and `{ value, scheme }` sort alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

function sameValue(field: RiskEntryField, a: unknown, b: unknown): boolean {
  if (equalValues(a, b)) return true;
  // Most entries keep their lists in the same order; only those that do not are sorted.
  if (!unorderedFields.has(field) || !Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  const sorted = (xs: unknown[]) => xs.map(canonical).sort();
  const ys = sorted(b);
  return sorted(a).every((x, i) => x === ys[i]);
}

function changedFields(before: RiskEntry, after: RiskEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of domainFields) if (!sameValue(field, before[field], after[field])) changes.push({ field, before: before[field], after: after[field] });
  return changes;
}

type Fold = (text: string) => string;

/**
 * The entry's identity without its source reference: subject type and folded name (diacritics,
 * case and punctuation blind, Chinese as pinyin); lacking a name, its HS code; lacking both (goods
 * known only by description), the folded description.
 */
function subjectKey(e: RiskEntry, fold: Fold): string {
  const name = fold(e.primaryName);
  const key = name !== '' ? `name:${e.subjectType}:${name}` : e.hsCode !== '' ? `hs:${e.subjectType}:${e.hsCode}` : `goods:${e.subjectType}:${fold(e.goodsDescription)}`;
  return key.length <= matchKeyMaxLength ? key : key.slice(0, matchKeyMaxLength).replace(/[\uD800-\uDBFF]$/, '');
}

/**
 * What makes an entry "the same entry" in another version of its list: the source's reference
 * when it has one (`ref:17`), else its subject type and folded name, else its HS code. The app
 * keeps an officer's screening decision under it. An entry whose next version loses its
 * reference gets another key: `diffRiskLists` still pairs the two by name, a stored key does not.
 */
export function riskEntryMatchKey(entry: RiskEntry): string {
  return entry.sourceRef !== '' ? `ref:${entry.sourceRef}` : subjectKey(entry, foldName);
}

/** `foldName` remembering its answers: the two versions of a list repeat most names. */
function memoizedFold(): Fold {
  const folded = new Map<string, string>();
  return (text) => {
    let f = folded.get(text);
    if (f === undefined) folded.set(text, (f = foldName(text)));
    return f;
  };
}

/** Entry numbers by key, taken from the front in list order. */
class Queues {
  private readonly byKey = new Map<string, { items: number[]; head: number }>();
  push(key: string, item: number): void {
    const queue = this.byKey.get(key);
    if (queue) queue.items.push(item);
    else this.byKey.set(key, { items: [item], head: 0 });
  }
  peek(key: string): number | undefined {
    const queue = this.byKey.get(key);
    return queue?.items[queue.head];
  }
  take(key: string): number | undefined {
    const queue = this.byKey.get(key);
    return queue?.items[queue.head++];
  }
}

/**
 * For each entry of `next`, the index of the same entry in `previous`, or -1. Paired by
 * `sourceRef` where both have one (two references that differ are two entries), then what is left
 * by `subjectKey` where at most one side has a reference. A key held by several entries of one
 * version is paired in list order and the rest are added or removed, never paired by guess.
 * Linear: one map per pass.
 */
function partnersOf(previous: readonly RiskEntry[], next: readonly RiskEntry[], fold: Fold): Int32Array {
  const partner = new Int32Array(next.length).fill(-1);
  const paired = new Uint8Array(previous.length);
  const byRef = new Queues();
  previous.forEach((e, i) => e.sourceRef !== '' && byRef.push(e.sourceRef, i));
  next.forEach((e, j) => {
    const i = e.sourceRef === '' ? undefined : byRef.take(e.sourceRef);
    if (i === undefined) return;
    partner[j] = i;
    paired[i] = 1;
  });

  const withRef = new Queues();
  const withoutRef = new Queues();
  previous.forEach((e, i) => !paired[i] && (e.sourceRef === '' ? withoutRef : withRef).push(subjectKey(e, fold), i));
  next.forEach((e, j) => {
    if (partner[j] !== -1) return;
    const key = subjectKey(e, fold);
    const referenced = withRef.peek(key);
    const unreferenced = withoutRef.peek(key);
    const fromReferenced = e.sourceRef === '' && referenced !== undefined && (unreferenced === undefined || referenced < unreferenced);
    partner[j] = (fromReferenced ? withRef.take(key) : withoutRef.take(key)) ?? -1;
  });
  return partner;
}

const refCollator = new Intl.Collator('en', { numeric: true });

/** Sorts by `sourceRef` (numbers in order, entries without one last), folded name, HS code; stable. */
function sortedBy<T>(items: readonly T[], entryOf: (item: T) => RiskEntry, fold: Fold): T[] {
  const keyed = items.map((item) => {
    const e = entryOf(item);
    return { item, ref: e.sourceRef, name: fold(e.primaryName || e.goodsDescription), hs: e.hsCode };
  });
  keyed.sort((a, b) => {
    if ((a.ref === '') !== (b.ref === '')) return a.ref === '' ? 1 : -1;
    const byRef = a.ref === b.ref ? 0 : refCollator.compare(a.ref, b.ref);
    if (byRef !== 0) return byRef;
    return codeUnitOrder(a.name, b.name) || codeUnitOrder(a.hs, b.hs);
  });
  return keyed.map((k) => k.item);
}

/**
 * What changed from `previous` to `next`, two versions of one list (see `partnersOf` for which
 * entries are "the same"). Fields are compared by value: lists of aliases, identifiers and
 * addresses element by element, set-like lists in any order. Ids and list ids never count.
 * 100k entries against 100k take a few hundred milliseconds.
 */
export function diffRiskLists(previous: readonly RiskEntry[], next: readonly RiskEntry[]): RiskListDiff {
  const fold = memoizedFold();
  const partner = partnersOf(previous, next, fold);
  const kept = new Uint8Array(previous.length);
  const added: RiskEntry[] = [];
  const changed: RiskEntryChange[] = [];
  let unchanged = 0;
  next.forEach((after, j) => {
    const i = partner[j]!;
    if (i === -1) return void added.push(after);
    kept[i] = 1;
    const before = previous[i]!;
    const fields = changedFields(before, after);
    if (fields.length === 0) unchanged++;
    else changed.push({ before, after, fields });
  });
  const itself = (e: RiskEntry) => e;
  return {
    added: sortedBy(added, itself, fold),
    removed: sortedBy(previous.filter((_, i) => !kept[i]), itself, fold),
    changed: sortedBy(changed, (c) => c.after, fold),
    unchanged,
  };
}
