import type { TFunction } from 'i18next';
import type { HitReason } from '../../../../shared/matching';
import { hsCodeText } from '../../../records';

const hsLevel = (digits: string) => (digits.length <= 2 ? 'chapter' : digits.length <= 4 ? 'heading' : digits.length <= 6 ? 'subheading' : 'national');

/** A screening reason in the officer's language (the engine's `describeReason` is the English of logs and exports). */
export function reasonText(t: TFunction, reason: HitReason): string {
  const list = (words: readonly string[]) => words.join(', ');
  // Goods words and legal forms travel as the vocabulary's concept ids; a place keeps its own name.
  const concepts = (ids: readonly string[]) => ids.map((id) => t(`screening.concept.${id}`, { defaultValue: id })).join(', ');
  switch (reason.kind) {
    case 'name':
      return t('screening.reason.name', { name: reason.name, via: t(`screening.via.${reason.via}`), listed: reason.listedName, tokens: list(reason.matchedTokens) });
    case 'typos':
      return t('screening.reason.typos', { count: reason.count });
    case 'unmatchedWords':
      return [
        reason.onlyInName.length > 0 ? t('screening.reason.onlyInName', { words: reason.onlyInName.join(' ') }) : '',
        reason.onlyInListed.length > 0 ? t('screening.reason.onlyInListed', { words: reason.onlyInListed.join(' ') }) : '',
      ]
        .filter(Boolean)
        .join('; ');
    case 'goods':
      return reason.agrees
        ? t('screening.reason.sameGoods', { words: concepts(reason.name.filter((g) => reason.listed.includes(g))) })
        : t('screening.reason.otherGoods', { name: concepts(reason.name), listed: concepts(reason.listed) });
    case 'legalForm':
      return t('screening.reason.legalForm', { name: concepts(reason.name), listed: concepts(reason.listed) });
    case 'place':
      return t('screening.reason.place', { name: list(reason.name), listed: list(reason.listed) });
    case 'country':
      return reason.agrees ? t('screening.reason.sameCountry', { country: reason.country }) : t('screening.reason.otherCountry', { country: reason.country, listed: list(reason.listed) });
    case 'identifier':
      return t(reason.viaBranch ? 'screening.reason.identifierBranch' : 'screening.reason.identifier', { scheme: reason.scheme, value: reason.value, listed: reason.listedValue });
    case 'hsCode':
      return t(`screening.reason.hs.${reason.match}`, {
        listed: hsCodeText(reason.listed),
        declared: hsCodeText(reason.declared),
        listedLevel: t(`screening.hsLevel.${hsLevel(reason.listed)}`),
        declaredLevel: t(`screening.hsLevel.${hsLevel(reason.declared)}`),
      });
  }
}
