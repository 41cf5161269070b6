import { foldVietnamese } from './text';

/**
 * Legal-form words dropped when comparing company names (DOMAIN.md), already folded. Longest
 * first so "cong ty tnhh mot thanh vien" goes before "cong ty". Matched as whole words only.
 */
const legalForms = [
  'cong ty trach nhiem huu han mot thanh vien',
  'cong ty trach nhiem huu han',
  'trach nhiem huu han',
  'cong ty tnhh mtv',
  'cong ty tnhh',
  'tnhh mot thanh vien',
  'tnhh mtv',
  'tnhh',
  'mot thanh vien',
  'mtv',
  'cong ty co phan',
  'co phan',
  'ctcp',
  'cp',
  'cong ty hop danh',
  'hop danh',
  'hd',
  'doanh nghiep tu nhan',
  'dntn',
  'tong cong ty',
  'tap doan',
  'chi nhanh',
  'hop tac xa',
  'htx',
  'cong ty',
  'joint stock company',
  'company limited',
  'co ltd',
  'corporation',
  'company',
  'corp',
  'ltd',
  'llc',
  'jsc',
  'inc',
  'co',
];

/** Collapsed whitespace, punctuation removed: "Co., Ltd." → "co ltd". */
function squash(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const legalFormPattern = new RegExp(`(?:^| )(?:${legalForms.join('|')})(?= |$)`, 'g');

/**
 * Matching key for a company name: folded (diacritics, đ, case), punctuation dropped and
 * legal-form words removed, so "CÔNG TY TNHH Thép Việt" and "Thep Viet Co., Ltd." both give
 * "thep viet". Not for display.
 */
export function normalizeCompanyName(name: string): string {
  let s = squash(foldVietnamese(name));
  // Repeated because removing one form can expose another ("tong cong ty cp").
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(legalFormPattern, ' ').replace(/ +/g, ' ').trim();
  }
  return s;
}
