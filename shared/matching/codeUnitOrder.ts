/** Orders strings by UTF-16 code unit: the same on every machine and locale, unlike `localeCompare`, so a screening lists the same way everywhere. */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
