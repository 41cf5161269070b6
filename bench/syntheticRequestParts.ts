// The parts a synthetic verification request is built from: authorities, parties, goods lines,
// questions, as an attaché office's register holds them (bench/syntheticRequests.ts).
import type { LegalInstrument, RequestGoodsLine, RequestParty } from '../shared/domain';
import { pick } from './syntheticCases';

export type Rand = () => number;

export const ourAuthority = 'General Department of Vietnam Customs — Post-Clearance Audit Department';

/** The customs administration of each partner country of the synthetic cases. */
export const partnerAuthorities: Record<string, string> = {
  CN: 'General Administration of Customs of the People’s Republic of China',
  VN: 'Customs Department of Ho Chi Minh City',
  US: 'U.S. Customs and Border Protection, Office of Trade',
  KR: 'Korea Customs Service, Origin Verification Division',
  TH: 'Customs Department of Thailand, Rules of Origin Bureau',
  MY: 'Royal Malaysian Customs Department',
  KH: 'General Department of Customs and Excise of Cambodia',
  ID: 'Directorate General of Customs and Excise of Indonesia',
  IN: 'Central Board of Indirect Taxes and Customs',
  TW: 'Customs Administration, Ministry of Finance (Taipei)',
};

/** Where the goods of each partner are loaded (UN/LOCODE, stored without the space). */
const ports: Record<string, string> = {
  CN: 'CNSHA', VN: 'VNSGN', US: 'USLAX', KR: 'KRPUS', TH: 'THLCH', MY: 'MYPKG', KH: 'KHKOS', ID: 'IDTPP', IN: 'INNSA', TW: 'TWKHH',
};
export const portOf = (country: string) => ports[country] ?? 'CNSHA';

/** Products of the synthetic cases, with an HS subheading and the origin criterion usually claimed. */
export const products = [
  { name: 'Plywood', hs: '441233', criterion: 'CTH', unit: 'm3' },
  { name: 'Steel wire', hs: '721710', criterion: 'RVC 40%', unit: 'kg' },
  { name: 'Aluminium extrusions', hs: '760429', criterion: 'CTSH', unit: 'kg' },
  { name: 'Quartz surface products', hs: '681099', criterion: 'RVC 40%', unit: 'm2' },
  { name: 'Solar cells', hs: '854142', criterion: 'RVC 40%', unit: 'pcs' },
  { name: 'Honey', hs: '040900', criterion: 'WO', unit: 'kg' },
  { name: 'Wooden cabinets', hs: '940340', criterion: 'CTH', unit: 'pcs' },
] as const;
export type Product = (typeof products)[number];

/** The product a synthetic case's title names (its titles start with the product). */
export const productOf = (title: string): Product => products.find((p) => title.startsWith(p.name)) ?? products[0];

/** Article of each instrument that provides for verification, as a letter cites it. */
export const instrumentArticles: Record<LegalInstrument, string> = {
  CMAA: 'Art. 3 and 7',
  EVFTA: 'Protocol 1, Art. 32',
  CPTPP: 'Art. 3.27',
  RCEP: 'Art. 3.24',
  ATIGA: 'Annex 8, Rule 18',
  AKFTA: 'Annex 3, Appendix 1, Rule 14',
  VKFTA: 'Annex 3-B, Rule 16',
  EAPA: '19 U.S.C. 1517',
  nationalLaw: 'Decree 31/2018/ND-CP, Art. 28',
  other: '',
};

const companyWords = ['Hưng Thịnh', 'Minh Phát', 'Golden Bridge', 'Pacific Crest', 'Đại Dương', 'Sunrise', 'Thành Công', 'Evergreen'];
const forms = ['Manufacturing Co., Ltd.', 'Trading Co., Ltd.', 'Industrial Group JSC', 'Import-Export Co.'];

export function party(rand: Rand, country: string, role: string): RequestParty {
  const n = 10 + Math.floor(rand() * 890);
  return {
    name: `${pick(rand, companyWords)} ${role} ${pick(rand, forms)}`,
    address: `No. ${n}, Industrial Zone ${1 + Math.floor(rand() * 9)}, ${country === 'VN' ? 'Bình Dương' : 'Export Processing District'}`,
    country,
    identifiers: [],
  };
}

export function goodsLine(rand: Rand, product: Product, itemNo: number): RequestGoodsLine {
  const quantity = Math.round(100 + rand() * 24_900);
  return {
    itemNo,
    description: `${product.name}, line ${itemNo}: grade ${pick(rand, ['A', 'B', 'premium', 'standard'])}, packed in ${pick(rand, ['crates', 'pallets', 'cartons', 'drums'])}`,
    hsCode: `${product.hs}${String(10 + Math.floor(rand() * 80))}`,
    originCriterion: product.criterion,
    quantity,
    unit: product.unit,
    value: Math.round(quantity * (2 + rand() * 40) * 100) / 100,
    currency: 'USD',
  };
}

const questionTexts = [
  'Please confirm that the certificate of origin was issued by your authority and that the signature and stamp are authentic.',
  'Please state whether the exporter produced the goods itself, and if not, identify the producer and its facilities.',
  'Please provide the bill of materials with the origin of each non-originating material and its tariff classification.',
  'Please confirm the production capacity of the producer during the period covered by the shipments.',
  'Please state whether the goods were transhipped or stored in a third country before their arrival.',
  'Please provide the records of the purchase of raw materials, with invoices and proofs of payment.',
  'Please describe the manufacturing process carried out in the exporting country, step by step.',
  'Please confirm whether the workers employed in production were recruited and paid lawfully.',
];
const documentNames = ['Bill of materials', 'Production records', 'Purchase invoices', 'Proof of payment', 'Factory floor plan', 'Payroll records', 'Export declaration'];

/** The text and documents of question `number`, as the letter prints them. */
export function questionContent(rand: Rand, number: number): { text: string; documentsRequested: string[] } {
  const documents = new Set<string>();
  const wanted = 1 + Math.floor(rand() * 3);
  while (documents.size < wanted) documents.add(pick(rand, documentNames));
  return { text: `${pick(rand, questionTexts)} (Question ${number}.)`, documentsRequested: [...documents] };
}

/** `iso` plus `days` calendar days, as an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
