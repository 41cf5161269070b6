import type { RiskEntry } from '../../../../shared/domain';
import { hsCodeText } from '../../../records';

/** How an entry is named in a list: its name (and Latin name), or its HS code and goods. */
export function entryTitle(entry: RiskEntry): string {
  if (entry.primaryName) return entry.primaryNameLatin && entry.primaryNameLatin !== entry.primaryName ? `${entry.primaryName} (${entry.primaryNameLatin})` : entry.primaryName;
  return [entry.hsCode ? hsCodeText(entry.hsCode) : '', entry.goodsDescription].filter(Boolean).join(' — ');
}
