// Deterministic, realistic case records for the benchmarks: the same seed gives the same 50k cases
// in the data-layer run and in the raw IndexedDB baseline, so the two write identical payloads.
import type { Case } from '../shared/domain';

const partners = ['CN', 'VN', 'US', 'KR', 'TH', 'MY', 'KH', 'ID', 'IN', 'TW'];
const types: Case['type'][] = ['originVerification', 'transshipment', 'adCvdEvasion', 'forcedLabour', 'ipr', 'other'];
const statuses: Case['status'][] = ['draft', 'open', 'awaitingReply', 'replyReceived'];
const goods = ['Plywood', 'Steel wire', 'Aluminium extrusions', 'Quartz surface products', 'Solar cells', 'Honey', 'Wooden cabinets'];
const assignees = ['Nguyễn Văn An', 'Trần Thị Bích', 'John Carter', 'Lê Minh Châu', ''];

/** mulberry32: a tiny seeded PRNG, so runs are repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** Makes `count` valid cases; ids are supplied so both runs use the same ones. */
export function syntheticCases(count: number, ids: string[], seed = 42): Case[] {
  const rand = prng(seed);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const partner = pick(rand, partners);
    const product = pick(rand, goods);
    const createdAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * 86_400_000).toISOString();
    out.push({
      id: ids[i] as string,
      reference: `2026-BNCH-${String(i + 1).padStart(5, '0')}`,
      title: `${product} declared ${partner} origin, suspected transshipment — lot ${i + 1}`,
      type: pick(rand, types),
      status: pick(rand, statuses),
      outcome: null,
      priority: pick(rand, ['low', 'normal', 'high', 'urgent'] as const),
      partnerCountry: partner,
      direction: rand() < 0.6 ? 'outgoing' : 'incoming',
      legalBasis: 'CMAA US–VN (2019), Art. 3',
      summary: `Importer declared ${product.toLowerCase()} of ${partner} origin; trade data show a surge after the AD/CVD order. Documentary verification requested from the exporter.`,
      assignee: pick(rand, assignees),
      tags: rand() < 0.5 ? ['eapa', 'priority-review'] : ['routine'],
      adCvdOrders: rand() < 0.3 ? ['A-570-967'] : [],
      confidentiality: 'officialUse',
      linkedCaseIds: [],
      openedOn: createdAt.slice(0, 10),
      createdAt,
      updatedAt: createdAt,
      archivedAt: null,
    });
  }
  return out;
}
