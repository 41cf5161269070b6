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
