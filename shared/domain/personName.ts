/** Vietnamese (and Chinese, Korean…) names are family name first; Western names given name first. */
export const nameOrders = ['familyFirst', 'givenFirst'] as const;
export type NameOrder = (typeof nameOrders)[number];

export interface PersonName {
  familyName: string;
  givenName: string;
  nameOrder: NameOrder;
}

/** Full name in the person's own order: "Nguyễn Văn Cẩn", "John Smith". */
export function formatPersonName(p: PersonName): string {
  const parts = p.nameOrder === 'familyFirst' ? [p.familyName, p.givenName] : [p.givenName, p.familyName];
  return parts.filter((part) => part !== '').join(' ');
}

/**
 * Countries whose names are written family name first (ISO 3166-1 alpha-2): Vietnam, China with
 * Hong Kong, Macao and Taiwan, Japan, both Koreas, Mongolia, Cambodia and Hungary.
 */
const familyFirstCountries = new Set(['VN', 'CN', 'HK', 'MO', 'TW', 'JP', 'KR', 'KP', 'MN', 'KH', 'HU']);

/** The order a name from `country` is most likely written in: the form's first guess, which the officer can change. */
export function usualNameOrder(country: string): NameOrder {
  return familyFirstCountries.has(country.toUpperCase()) ? 'familyFirst' : 'givenFirst';
}
