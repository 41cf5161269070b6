import { hsCodeLengths, normalizeHsCode } from '../domain/validators/hsCode';
import { riskEntrySchema, type RiskEntry, type RiskLevel } from '../domain/riskEntry';

/**
 * A risk entry as read from a file, before the import gives it an id and a list. `riskLevel` is
 * null when the file does not say: the level chosen in the import dialog applies (`toRiskEntry`).
 * Every draft the parsers return has passed `riskEntrySchema`, so its text is trimmed and NFC,
 * its HS code bare digits with `hsLevel` derived, its identifiers normalised for their scheme.
 */
export type RiskEntryDraft = Omit<RiskEntry, 'id' | 'listId' | 'riskLevel'> & { riskLevel: RiskLevel | null };

/** The record the import stores for a draft: its id, its list, and the dialog's level where the file gave none. */
export function toRiskEntry(
  draft: RiskEntryDraft,
  given: { id: string; listId: string; defaultRiskLevel: RiskLevel },
): RiskEntry {
  return { ...draft, id: given.id, listId: given.listId, riskLevel: draft.riskLevel ?? given.defaultRiskLevel };
}

/** What a file may leave out: optional text is `''`, lists empty, dates null, as the schema stores them. */
export function blankDraftFields(): Omit<RiskEntryDraft, 'subjectType' | 'hsLevel' | 'riskLevel' | 'status' | 'handlingCode'> {
  return {
    sourceRef: '',
    hsCode: '',
    goodsDescription: '',
    primaryName: '',
    primaryNameLatin: '',
    aliases: [],
    legalForm: '',
    identifiers: [],
    addresses: [],
    claimedOrigin: '',
    suspectedOrigin: '',
    transitCountries: [],
    riskCategories: [],
    indicators: [],
    linkedOrders: [],
    sourceRiskLevel: '',
    listedOn: null,
    validFrom: null,
    validTo: null,
    reason: '',
  };
}

/** `hsLevel` follows from the code; a code of a length no level has gets null (its own issue says why). */
export function hsLevelOf(hsCode: unknown): RiskEntry['hsLevel'] {
  if (typeof hsCode !== 'string') return null;
  const length = normalizeHsCode(hsCode).length;
  return (hsCodeLengths as readonly number[]).includes(length) ? (length as RiskEntry['hsLevel']) : null;
}

/** One schema issue, its path relative to the entry (`['identifiers', 0, 'value']`), its message a `validation.*` key. */
export interface DraftIssue {
  path: readonly PropertyKey[];
  message: string;
}

// Stand-ins for what the import assigns later, so the one entry schema can check everything else.
const placeholderId = '01890000-0000-7000-8000-000000000000';

/**
 * Checks a draft-shaped object with `riskEntrySchema` and returns the normalised draft, or the
 * issues. An `hsLevel` issue is dropped when the HS code itself has one: the level is derived,
 * so the code's issue is the one the official can act on.
 */
export function checkDraft(input: Record<string, unknown>): { draft: RiskEntryDraft | null; issues: DraftIssue[] } {
  const level = input['riskLevel'];
  const candidate = { ...input, id: placeholderId, listId: placeholderId, riskLevel: level ?? 'low' };
  const result = riskEntrySchema.safeParse(candidate);
  if (result.success) {
    const { id: _id, listId: _listId, ...rest } = result.data;
    return { draft: { ...rest, riskLevel: level === null || level === undefined ? null : rest.riskLevel }, issues: [] };
  }
  const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  const codeIsBad = issues.some((i) => i.path[0] === 'hsCode');
  return { draft: null, issues: issues.filter((i) => !(codeIsBad && i.path[0] === 'hsLevel')) };
}
