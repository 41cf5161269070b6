import { identifierError, normalizeIdentifier, partyIdentifierSchemes, type PartyIdentifierScheme } from '../domain/validators/partyIdentifier';

/** An identifier as a query or an entry gives it. */
export interface IdentifierInput {
  scheme: string;
  value: string;
}

/**
 * The keys an identifier is found by: its normalised form when its scheme accepts it (an invalid
 * tax code identifies nothing), and for a Vietnamese branch tax code (`0100233488-001`) its
 * parent's too, since a branch is its company. `OTHER` counts only when written the same.
 */
export function identifierKeys(id: IdentifierInput): { key: string; label: string; viaBranch: boolean }[] {
  const scheme = id.scheme.trim().toUpperCase() as PartyIdentifierScheme;
  if (!partyIdentifierSchemes.includes(scheme) || id.value.trim() === '') return [];
  if (identifierError(scheme, id.value) !== null) return [];
  const value = normalizeIdentifier(scheme, id.value);
  const keys = [{ key: `${scheme}:${scheme === 'OTHER' ? value.toLowerCase() : value}`, label: `${scheme} ${value}`, viaBranch: false }];
  const parent = scheme === 'VN_MST' ? /^(\d{10})-\d{3}$/.exec(value)?.[1] : undefined;
  if (parent) keys.push({ key: `VN_MST:${parent}`, label: `VN_MST ${value}`, viaBranch: true });
  return keys;
}
