import SearchableMap from 'minisearch/SearchableMap';
import { readHeader, withHeader } from './headedBytes';
import { parseQuery, searchTerms, type QueryTerm } from './searchTerms';
import { searchTypes, type SearchDocument, type SearchGroup, type SearchHit, type SearchResults, type SearchType } from './searchTypes';

/** How many hits of each type a search returns; types left out return their count only. */
export type SearchLimits = Partial<Record<SearchType, number>>;

/** Weight of a match by where the term is: primary (names, titles), secondary, body. */
const tierBoost = [0, 1, 1.6, 3];
/** Weight of a match by how the term matched the query word. */
const exactWeight = 1;
const fuzzyWeights = [1, 0.45, 0.3];
/** A prefix match weighs between these, closer to the top the more of the word was typed. */
const prefixBase = 0.45;
const prefixSpan = 0.4;
/** Compaction runs when this many documents are dead and they are at least half the live ones. */
const compactAfter = 5000;

/**
 * A posting packs a document number and the best tier the term has in it: `docNo * 4 + tier`.
 * Postings are appended in document-number order and never edited: a changed document gets a new
 * number and its old one is marked dead, skipped by searches until compaction drops it.
 */
type Postings = number[];

const typeCodes = new Map(searchTypes.map((t, i) => [t, i]));

/**
 * Layout of `SearchIndex.snapshot`. Bump it whenever what is indexed changes (term folding in
 * searchTerms.ts, the fields in searchDocuments.ts, the posting packing here): a snapshot of
 * another format is not loaded, and the index is built anew from the records.
 * searchSnapshot.test.ts pins the indexing of sample records to this number.
 */
export const searchSnapshotFormat = 2;

/** A snapshot's header: documents as rows, then every term with its number of postings. */
interface SnapshotHeader {
  format: number;
  /** [type, id, title, detail, caseId, date, fingerprint] per live document, in document order. */
  docs: [SearchType, string, string, string, string | null, string | null, number][];
  terms: string[];
  lengths: number[];
}

export class SnapshotFormatError extends Error {
  constructor(found: unknown) {
    super(`The saved search index is of format ${String(found)}, this version reads ${searchSnapshotFormat}`);
    this.name = 'SnapshotFormatError';
  }
}

const noTexts: readonly string[] = Object.freeze([]);

/** Two 32-bit FNV-style hashes over a document's text: a changed one is re-indexed, an unchanged one kept. */
function fingerprint(doc: SearchDocument): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    // A separator no text holds, so ["ab", "c"] and ["a", "bc"] differ.
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995);
  };
  for (const text of [doc.title, doc.detail, doc.caseId ?? '', doc.date ?? '']) mix(text);
  for (const texts of [doc.primary, doc.secondary, doc.body]) {
    for (const text of texts) mix(text);
    mix('');
  }
  // 53 bits of the two: a false "unchanged" is ~1 in 9·10^15.
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * The in-memory full-text index of global search (runs in the search worker; plain code, so it is
 * tested in Node). Every text is folded for Vietnamese and split into words (`searchTerms`); the
 * term dictionary is MiniSearch's radix tree (`SearchableMap`), which answers prefix and
 * edit-distance lookups, and each term maps to a flat list of postings. A query matches documents
 * holding every query word (as typed, as a prefix, or within its typo distance); a document's
 * score adds, per query word, its best match: tier weight × match weight × rarity (BM25's idf).
 * Plain postings rather than a MiniSearch per type: MiniSearch scores every matching document
 * through nested maps, 50–170 ms per keystroke over 50k cases; these lists answer in a few ms.
 */
export class SearchIndex {
  private readonly dictionary = new SearchableMap<Postings>();
  private readonly postings = new Map<string, Postings>();
  private readonly byKey = new Map<string, number>();
  // Per document number; dead ones keep their slot until compaction.
  private readonly docs: (SearchDocument | null)[] = [];
  private readonly prints: number[] = [];
  private readonly sweeps: number[] = [];
  private live = 0;
  private dead = 0;
  // Scratch of one search, per document number (grown on demand).
  private scratchSize = 0;
  private termScore = new Float64Array(0);
  private total = new Float64Array(0);
  private termStamp = new Uint32Array(0);
  private queryStamp = new Uint32Array(0);
  private matched = new Uint16Array(0);
  private stamp = 0;

  /** Live documents. */
  get size(): number {
    return this.live;
  }

  /** Live documents of each type. */
  counts(): Record<SearchType, number> {
    const counts = Object.fromEntries(searchTypes.map((t) => [t, 0])) as Record<SearchType, number>;
    for (const doc of this.docs) if (doc) counts[doc.type]++;
    return counts;
  }

  /**
   * The index as bytes, without its dead documents: a JSON header (documents, terms) and every
   * posting as one Uint32Array (headedBytes.ts), so loading it rebuilds no term from text. Several times faster
   * than indexing the records again, which is what makes unlock quick (searchSnapshot.ts).
   */
  snapshot(): Uint8Array<ArrayBuffer> {
    const renumbered = new Int32Array(this.docs.length).fill(-1);
    const header: SnapshotHeader = { format: searchSnapshotFormat, docs: [], terms: [], lengths: [] };
    this.docs.forEach((doc, docNo) => {
      if (!doc) return;
      renumbered[docNo] = header.docs.length;
      header.docs.push([doc.type, doc.id, doc.title, doc.detail, doc.caseId, doc.date, this.prints[docNo]!]);
    });
    const all: number[] = [];
    for (const [term, postings] of this.postings) {
      const before = all.length;
      for (const posting of postings) {
        const docNo = renumbered[Math.floor(posting / 4)]!;
        if (docNo >= 0) all.push(docNo * 4 + (posting & 3));
      }
      if (all.length === before) continue;
      header.terms.push(term);
      header.lengths.push(all.length - before);
    }
    return withHeader(header, new Uint8Array(Uint32Array.from(all).buffer));
  }

  /** The index `snapshot` wrote. Throws `SnapshotFormatError` for another format. */
  static fromSnapshot(bytes: Uint8Array): SearchIndex {
    const { header, body } = readHeader<SnapshotHeader>(bytes);
    if (header.format !== searchSnapshotFormat) throw new SnapshotFormatError(header.format);
    const index = new SearchIndex();
    for (const [type, id, title, detail, caseId, date, print] of header.docs) {
      index.byKey.set(`${type}:${id}`, index.docs.length);
      index.docs.push({ type, id, title, detail, caseId, date, primary: noTexts, secondary: noTexts, body: noTexts });
      index.prints.push(print);
      index.sweeps.push(0);
    }
    index.live = header.docs.length;
    // Copied out first: the body may sit at an offset no Uint32Array can start at.
    const all = new Uint32Array(body.slice().buffer);
    let at = 0;
    header.terms.forEach((term, i) => {
      const length = header.lengths[i]!;
      const postings = Array.from(all.subarray(at, at + length));
      at += length;
      index.postings.set(term, postings);
      index.dictionary.set(term, postings);
    });
    return index;
  }

  /**
   * Adds or replaces documents (same type and id: replaced, unless nothing in it changed).
   * `sweep` tags them as seen by a full reload of their table (see `sweep`).
   */
  upsert(documents: readonly SearchDocument[], sweep = 0): void {
    for (const doc of documents) {
      const key = `${doc.type}:${doc.id}`;
      const print = fingerprint(doc);
      const existing = this.byKey.get(key);
      if (existing !== undefined) {
        if (this.prints[existing] === print) {
          this.sweeps[existing] = sweep;
          continue;
        }
        this.kill(existing);
      }
      this.insert(key, doc, print, sweep);
    }
    this.maybeCompact();
  }

  /** Removes documents by id (deleted records); unknown ids are ignored. */
  remove(type: SearchType, ids: readonly string[]): void {
    for (const id of ids) {
      const docNo = this.byKey.get(`${type}:${id}`);
      if (docNo !== undefined) this.kill(docNo);
    }
    this.maybeCompact();
  }

  /** Ends a full reload of a type: removes its documents that the reload tagged `sweep` did not see. */
  sweep(type: SearchType, sweep: number): void {
    for (let docNo = 0; docNo < this.docs.length; docNo++) {
      const doc = this.docs[docNo];
      if (doc && doc.type === type && this.sweeps[docNo] !== sweep) this.kill(docNo);
    }
    this.maybeCompact();
  }

  /**
   * The documents matching every word of `query`, grouped by type in `searchTypes` order, best
   * first (ties: the newest record first), at most `limits[type]` hits per group.
   */
  search(query: string, limits: SearchLimits): SearchResults {
    const terms = parseQuery(query);
    const empty: SearchResults = { query, terms: terms.map((t) => t.term), groups: [] };
    if (terms.length === 0 || this.live === 0) return empty;
    this.growScratch();
    const queryStamp = ++this.stamp;
    let candidates: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const termStamp = ++this.stamp;
      const touched: number[] = [];
      for (const [postings, weight] of this.expand(terms[i]!)) {
        const idf = Math.log(1 + (this.live - postings.length + 0.5) / (postings.length + 0.5));
        const base = weight * Math.max(idf, 0.01);
        for (let p = 0; p < postings.length; p++) {
          const posting = postings[p]!;
          const docNo = Math.floor(posting / 4);
          if (i === 0 ? this.docs[docNo] === null : this.queryStamp[docNo] !== queryStamp || this.matched[docNo] !== i) continue;
          const score = base * tierBoost[posting & 3]!;
          if (this.termStamp[docNo] !== termStamp) {
            this.termStamp[docNo] = termStamp;
            this.termScore[docNo] = score;
            touched.push(docNo);
          } else if (score > this.termScore[docNo]!) {
            this.termScore[docNo] = score;
          }
        }
      }
      for (const docNo of touched) {
        if (i === 0) {
          this.queryStamp[docNo] = queryStamp;
          this.total[docNo] = this.termScore[docNo]!;
        } else {
          this.total[docNo]! += this.termScore[docNo]!;
        }
        this.matched[docNo] = i + 1;
      }
      candidates = touched;
      if (candidates.length === 0) return empty;
    }
    return { ...empty, groups: this.group(candidates, limits) };
  }

  /** The index terms a query word matches, each with its match weight (the best, if several). */
  private expand(query: QueryTerm): Map<Postings, number> {
    const found = new Map<Postings, number>();
    const offer = (postings: Postings, weight: number) => {
      if (postings.length > 0 && weight > (found.get(postings) ?? 0)) found.set(postings, weight);
    };
    const exact = this.postings.get(query.term);
    if (exact) offer(exact, exactWeight);
    if (query.prefix) {
      for (const [suffix, postings] of this.dictionary.atPrefix(query.term).entries()) {
        const length = query.term.length + suffix.length;
        offer(postings, prefixBase + (prefixSpan * query.term.length) / length);
      }
    }
    if (query.fuzzy > 0) {
      for (const [postings, distance] of this.dictionary.fuzzyGet(query.term, query.fuzzy).values()) {
        offer(postings, fuzzyWeights[distance] ?? 0);
      }
    }
    // A swap of neighbours is one edit (Damerau): its variants match as typos of one edit, and
    // within the rest of the word's typo distance. Exact lookups are a hash probe each; the
    // edit-distance ones stay at distance 1, a small walk of the radix tree.
    for (const swap of query.swaps) {
      const postings = this.postings.get(swap);
      if (postings) offer(postings, fuzzyWeights[1]!);
      if (query.fuzzy < 2) continue;
      for (const [near, distance] of this.dictionary.fuzzyGet(swap, query.fuzzy - 1).values()) {
        offer(near, fuzzyWeights[distance + 1] ?? 0);
      }
    }
    return found;
  }

  private group(candidates: number[], limits: SearchLimits): SearchGroup[] {
    const byType: number[][] = searchTypes.map(() => []);
    for (const docNo of candidates) byType[typeCodes.get(this.docs[docNo]!.type)!]!.push(docNo);
    const groups: SearchGroup[] = [];
    searchTypes.forEach((type, code) => {
      const docNos = byType[code]!;
      if (docNos.length === 0) return;
      const limit = limits[type] ?? 0;
      const best = limit > 0 ? this.top(docNos, limit) : [];
      groups.push({ type, total: docNos.length, hits: best.map((docNo) => this.hit(docNo)) });
    });
    return groups;
  }

  /** The `limit` best of `docNos`: a full sort only when most of them are wanted. */
  private top(docNos: number[], limit: number): number[] {
    const order = (a: number, b: number) => this.total[b]! - this.total[a]! || b - a;
    if (limit * 4 >= docNos.length) return docNos.sort(order).slice(0, limit);
    // Keep a sorted window of the best `limit`; most documents fall below its floor at once.
    const best: number[] = [];
    for (const docNo of docNos) {
      if (best.length === limit && order(docNo, best[limit - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && order(docNo, best[at - 1]!) < 0) at--;
      best.splice(at, 0, docNo);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  private hit(docNo: number): SearchHit {
    const doc = this.docs[docNo]!;
    const parent = doc.caseId !== null && doc.type !== 'case' ? this.byKey.get(`case:${doc.caseId}`) : undefined;
    return {
      type: doc.type,
      id: doc.id,
      title: doc.title,
      detail: doc.detail,
      caseId: doc.caseId,
      caseReference: parent === undefined ? null : this.docs[parent]!.detail,
      date: doc.date,
      score: Math.round(this.total[docNo]! * 1000) / 1000,
    };
  }

  private insert(key: string, doc: SearchDocument, print: number, sweep: number): void {
    const docNo = this.docs.length;
    // Only what results show is kept: the texts live in the postings.
    this.docs.push({ ...doc, primary: noTexts, secondary: noTexts, body: noTexts });
    this.prints.push(print);
    this.sweeps.push(sweep);
    this.byKey.set(key, docNo);
    this.live++;
    const tiers = new Map<string, number>();
    const collect = (texts: readonly string[], tier: number) => {
      for (const text of texts) for (const term of searchTerms(text)) if ((tiers.get(term) ?? 0) < tier) tiers.set(term, tier);
    };
    collect(doc.body, 1);
    collect(doc.secondary, 2);
    collect(doc.primary, 3);
    for (const [term, tier] of tiers) {
      let postings = this.postings.get(term);
      if (!postings) {
        postings = [];
        this.postings.set(term, postings);
        this.dictionary.set(term, postings);
      }
      postings.push(docNo * 4 + tier);
    }
  }

  private kill(docNo: number): void {
    const doc = this.docs[docNo];
    if (!doc) return;
    this.byKey.delete(`${doc.type}:${doc.id}`);
    this.docs[docNo] = null;
    this.live--;
    this.dead++;
  }

  /** Drops dead postings and the terms left without any, once enough documents have died. */
  private maybeCompact(): void {
    if (this.dead < compactAfter || this.dead * 2 < this.live) return;
    for (const [term, postings] of this.postings) {
      let kept = 0;
      for (const posting of postings) if (this.docs[Math.floor(posting / 4)] !== null) postings[kept++] = posting;
      postings.length = kept;
      if (kept === 0) {
        this.postings.delete(term);
        this.dictionary.delete(term);
      }
    }
    this.dead = 0;
  }

  private growScratch(): void {
    const needed = this.docs.length;
    if (needed <= this.scratchSize) return;
    const size = Math.max(needed, Math.ceil(this.scratchSize * 1.5), 1024);
    const grow = <A extends Float64Array | Uint32Array | Uint16Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old as never);
      return next;
    };
    this.termScore = grow(this.termScore, (n) => new Float64Array(n));
    this.total = grow(this.total, (n) => new Float64Array(n));
    this.termStamp = grow(this.termStamp, (n) => new Uint32Array(n));
    this.queryStamp = grow(this.queryStamp, (n) => new Uint32Array(n));
    this.matched = grow(this.matched, (n) => new Uint16Array(n));
    this.scratchSize = size;
  }
}
