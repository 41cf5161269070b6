import type { HitReason, NameVia } from './hitReason';
import { dotted, levelName } from './hsCodes';

const viaWords: Record<NameVia, string> = { name: 'name', latinName: 'Latin name', alias: 'alias' };

/** The reason in English, as `Hit.reasons` has always said it (tests and exported reports read these words). */
export function describeReason(reason: HitReason): string {
  switch (reason.kind) {
    case 'name':
      return `Name "${reason.name}" matches the listed ${viaWords[reason.via]} "${reason.listedName}": ${reason.matchedTokens.join(', ')}`;
    case 'typos':
      return reason.count === 1 ? 'One word differs by a typo' : `${reason.count} words differ by a typo`;
    case 'unmatchedWords': {
      const parts = [];
      if (reason.onlyInName.length > 0) parts.push(`only in the name screened: ${reason.onlyInName.join(' ')}`);
      if (reason.onlyInListed.length > 0) parts.push(`only in the listed name: ${reason.onlyInListed.join(' ')}`);
      return `Words ${parts.join('; ')}`;
    }
    case 'goods':
      return reason.agrees
        ? `Same goods word (${reason.name.filter((g) => reason.listed.includes(g)).join(', ')})`
        : `Different goods words (${reason.name.join(', ')} vs ${reason.listed.join(', ')})`;
    case 'legalForm':
      return `Different legal forms (${reason.name.join(', ')} vs ${reason.listed.join(', ')})`;
    case 'place':
      return `Different places in the name (${reason.name.join(', ')} vs ${reason.listed.join(', ')})`;
    case 'country':
      return reason.agrees ? `Same country (${reason.country})` : `Different country (${reason.country} vs ${reason.listed.join(', ')})`;
    case 'identifier':
      return `Identifier ${reason.scheme} ${reason.value} matches the listed ${reason.scheme} ${reason.listedValue}${reason.viaBranch ? ' (a branch of the same company)' : ''}`;
    case 'hsCode':
      return describeHsCode(reason);
  }
}

function describeHsCode({ match, listed, declared }: Extract<HitReason, { kind: 'hsCode' }>): string {
  if (match === 'exact') return `HS ${dotted(declared)} is listed`;
  if (match === 'covers') return `Listed ${levelName(listed)} ${dotted(listed)} covers the declared ${dotted(declared)}`;
  return `Partial: the declared ${levelName(declared)} ${dotted(declared)} includes the listed ${levelName(listed)} ${dotted(listed)}`;
}
