// The words a company's name carries besides its own: legal forms and the business and goods
// words that are translated, abbreviated or dropped between a C/O, an invoice, a declaration and
// a list. Each phrase is folded (foldName) and maps to one concept, so "Công ty TNHH", "Cty
// TNHH", "Co., Ltd" and "LLC" are one legal form, "Thép" and "Steel" one goods word. Longest
// phrases are tried first.

/** A word class of the vocabulary: the legal form, a line of business, goods, or a branch. */
export type ConceptKind = 'legalForm' | 'business' | 'goods' | 'branch' | 'country' | 'place';

const legalForms: Record<string, string[]> = {
  ltd: [
    'cong ty trach nhiem huu han', 'cong ty tnhh', 'cty tnhh', 'ct tnhh', 'trach nhiem huu han', 'tnhh',
    'company limited', 'co limited', 'co ltd', 'coltd', 'limited liability company', 'limited company', 'limited', 'ltd', 'llc', 'l l c',
    'you xian gong si', 'youxian gongsi', 'youxiangongsi', 'you xian ze ren gong si', 'youxian zeren gongsi', 'gmbh', 'pte ltd', 'pty ltd', 'sdn bhd', 'bhd',
  ],
  oneMember: ['mot thanh vien', 'mtv', 'one member', 'single member', '1 member', '1tv'],
  jsc: [
    'cong ty co phan', 'cong ty cp', 'cty cp', 'cty co phan', 'ctcp', 'co phan', 'cp', 'joint stock company', 'joint stock co', 'joint stock', 'jsc', 'jsco', 'j s c',
    'gu fen you xian gong si', 'gufen youxian gongsi', 'gufen gongsi', 'plc', 'public limited company', 'ag', 'sa',
  ],
  private: ['doanh nghiep tu nhan', 'dntn', 'private enterprise', 'sole proprietorship'],
  cooperative: ['hop tac xa', 'htx', 'cooperative', 'co operative', 'coop', 'co op'],
  partnership: ['cong ty hop danh', 'hop danh', 'partnership'],
  group: ['tap doan', 'tong cong ty', 'group', 'holdings', 'holding', 'corporation', 'jituan', 'ji tuan', 'jituan gongsi'],
  company: ['cong ty', 'cty', 'company', 'co', 'corp', 'inc', 'incorporated', 'gong si', 'gongsi', 'enterprise', 'enterprises', 'firm'],
};

const business: Record<string, string[]> = {
  trading: ['thuong mai', 'tm', 'trading', 'trade', 'traders', 'commercial', 'commerce', 'mao yi', 'maoyi', 'shang mao', 'shangmao'],
  services: ['dich vu', 'dv', 'service', 'services'],
  importExport: ['xuat nhap khau', 'xnk', 'import export', 'import and export', 'imex', 'imexco', 'imp exp', 'exim', 'export import', 'jin chu kou', 'jinchukou'],
  exporting: ['xuat khau', 'xk', 'export', 'exports', 'exporting'],
  importing: ['nhap khau', 'nk', 'import', 'imports', 'importing'],
  manufacturing: ['san xuat', 'sx', 'manufacturing', 'manufacture', 'manufacturer', 'mfg', 'production', 'producing', 'sheng chan', 'shengchan', 'zhi zao', 'zhizao'],
  investment: ['dau tu', 'dt', 'investment', 'investments', 'invest', 'tou zi', 'touzi'],
  industrial: ['cong nghiep', 'cn', 'industrial', 'industry', 'industries', 'gong ye', 'gongye', 'shi ye', 'shiye'],
  development: ['phat trien', 'development', 'develop', 'fa zhan', 'fazhan'],
  technology: ['cong nghe', 'ky thuat', 'technology', 'technologies', 'tech', 'technical', 'ke ji', 'keji'],
  construction: ['xay dung', 'xd', 'construction', 'build', 'building'],
  logistics: ['van tai', 'giao nhan', 'logistics', 'transport', 'shipping', 'forwarding', 'wu liu', 'wuliu'],
  materials: ['vat lieu', 'vat tu', 'materials', 'material', 'supplies'],
  international: ['quoc te', 'international', 'intl', 'global', 'guo ji', 'guoji'],
  general: ['tong hop', 'general'],
};

const goods: Record<string, string[]> = {
  steel: ['thep', 'steel', 'steels', 'gang tie', 'gangtie', 'iron and steel', 'sat thep'],
  aluminium: ['aluminium', 'aluminum', 'lv ye', 'lvye', 'lu ye'],
  wood: ['lam san', 'wood', 'woods', 'wooden', 'timber', 'lumber', 'plywood', 'mu ye', 'muye'],
  furniture: ['noi that', 'do go', 'furniture', 'furnishing', 'jia ju', 'jiaju'],
  textile: ['det may', 'det', 'may mac', 'textile', 'textiles', 'garment', 'garments', 'apparel', 'fang zhi', 'fangzhi'],
  footwear: ['giay dep', 'da giay', 'footwear', 'shoes', 'xie ye', 'xieye'],
  solar: ['nang luong mat troi', 'solar', 'photovoltaic', 'pv', 'guang fu', 'guangfu'],
  seafood: ['thuy san', 'hai san', 'seafood', 'seafoods', 'fishery', 'fisheries', 'shui chan', 'shuichan'],
  agriculture: ['nong san', 'nong nghiep', 'agricultural', 'agriculture', 'agro', 'agri'],
  plastics: ['nhua', 'plastic', 'plastics', 'su liao', 'suliao'],
  chemicals: ['hoa chat', 'chemical', 'chemicals', 'hua gong', 'huagong'],
  electronics: ['dien tu', 'electronic', 'electronics', 'dian zi', 'dianzi'],
  electrical: ['thiet bi dien', 'electric', 'electrical', 'dian qi', 'dianqi'],
  metal: ['kim loai', 'metal', 'metals', 'jin shu', 'jinshu'],
  copper: ['copper', 'tong ye', 'tongye'],
  rubber: ['cao su', 'rubber', 'xiang jiao', 'xiangjiao'],
  paper: ['paper', 'zhi ye', 'zhiye'],
  glass: ['glass', 'bo li', 'boli'],
  cement: ['xi mang', 'cement'],
  food: ['thuc pham', 'food', 'foods', 'shi pin', 'shipin'],
  honey: ['mat ong', 'honey'],
  tyres: ['lop xe', 'sam lop', 'tyre', 'tyres', 'tire', 'tires', 'lun tai', 'luntai'],
  cable: ['cap dien', 'day cap', 'cable', 'cables', 'wire', 'wires', 'dian lan', 'dianlan'],
};

/** Countries written into names ("… Việt Nam", "China …"): not the company's own words. */
const countries: Record<string, string[]> = {
  VN: ['viet nam', 'vietnam', 'vn'],
  CN: ['trung quoc', 'china', 'zhong guo', 'zhongguo', 'prc'],
  US: ['hoa ky', 'my', 'usa', 'america', 'american', 'united states', 'us'],
  HK: ['hong kong', 'hongkong', 'hk', 'xiang gang', 'xianggang'],
  TH: ['thai lan', 'thailand', 'thai'],
  MY: ['malaysia'],
  KH: ['campuchia', 'cambodia'],
  ID: ['indonesia'],
  KR: ['han quoc', 'korea'],
  JP: ['nhat ban', 'japan'],
  TW: ['dai loan', 'taiwan'],
};

/**
 * Chinese cities and provinces that lead a company's name (广州瑞达 → Guangzhou Ruida) and are
 * often dropped from its English trading name ("Ruida Co., Ltd"): a place, not the name.
 */
const chinesePlaces =
  'guang zhou|shen zhen|shang hai|bei jing|tian jin|chong qing|hang zhou|ning bo|xia men|su zhou|wu xi|dong guan|fo shan|qing dao|da lian|' +
  'jiang su|zhe jiang|guang dong|fu jian|shan dong|he bei|he nan|hu nan|hu bei|an hui|jiang xi|si chuan|yun nan|guang xi|liao ning|' +
  'hei long jiang|shan xi|shaan xi|hai nan|kun ming|nan jing|wu han|cheng du|xi an|chang sha|zheng zhou|ji nan|he fei|fu zhou|nan ning|' +
  'tang shan|yi wu|wen zhou|jin hua|shao xing|tai zhou|chang zhou|nan tong|yang zhou|zhong shan|zhu hai|hui zhou|jiang men|shan tou|' +
  'quan zhou|jia xing|hu zhou|xu zhou|lin yi|wei fang|yan tai|bao ding|han dan|xing tai|zi bo|jin jiang|shi shi|pu tian|zhang zhou';
const places: Record<string, string[]> = Object.fromEntries(
  chinesePlaces.split('|').map((spaced) => [spaced.replace(/ /g, ''), [spaced, spaced.replace(/ /g, '')]]),
);

const branch: Record<string, string[]> = { branch: ['chi nhanh', 'cn chi nhanh', 'branch', 'branch office', 'fen gong si', 'fengongsi'] };

/** A phrase found in a name: its concept (`ltd`, `steel` …) and kind. */
export interface Concept {
  kind: ConceptKind;
  id: string;
}

/** Folded phrase (space-separated words) → its concept; see `longestPhrase`. */
export const phraseConcepts: ReadonlyMap<string, Concept> = (() => {
  const map = new Map<string, Concept>();
  const add = (kind: ConceptKind, table: Record<string, string[]>) => {
    for (const [id, phrases] of Object.entries(table)) for (const p of phrases) if (!map.has(p)) map.set(p, { kind, id });
  };
  add('branch', branch);
  add('legalForm', legalForms);
  add('business', business);
  add('goods', goods);
  add('country', countries);
  add('place', places);
  return map;
})();

/** The first word of every phrase of two words or more: most words start none, and need no longer lookup. */
export const phraseStarts: ReadonlySet<string> = new Set([...phraseConcepts.keys()].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
/** The longest phrase of the vocabulary, in words. */
export const longestPhrase = Math.max(...[...phraseConcepts.keys()].map((p) => p.split(' ').length));

/**
 * Goods words of one syllable whose folded spelling is also a common word of names (Đồng copper /
 * Đông east, Nhôm / Nhóm, Gỗ / Gò, Kính / Kinh, Điện / Điền, Giấy / Giày): goods only when written
 * with their marks. Unmarked ("DONG A"), the word stays the name's own, and is forgiven when the
 * other name has that goods word.
 */
export const markedGoodsWords: ReadonlyMap<string, string> = new Map([
  ['đồng', 'copper'],
  ['nhôm', 'aluminium'],
  ['gỗ', 'wood'],
  ['kính', 'glass'],
  ['điện', 'electrical'],
  ['giấy', 'paper'],
]);

/** `markedGoodsWords` folded: an unmarked word that may be one of them. */
export const unmarkedGoodsWords: ReadonlyMap<string, string> = new Map(
  [...markedGoodsWords].map(([word, id]) => [word.replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}+/gu, ''), id]),
);

/** Words that carry nothing of a name ("and", "the", "of"), in English and Vietnamese. */
export const fillerWords: ReadonlySet<string> = new Set(['and', 'the', 'of', 'va', 'cua']);

/** Words that introduce a branch's place: "Chi nhánh … tại Bình Dương". */
export const placeMarkers: ReadonlySet<string> = new Set(['tai', 'at', 'in']);
