import type { RiskEntry } from '../../../../shared/domain';
import type { CaseHit, CaseScreeningChange, ExplainedHit, ScreenedGoodsLine, ScreenedParty } from '../../../../shared/matching';

/** What a case gives screening: its parties and goods lines. */
export interface ScreenedCase {
  caseId: string;
  parties: ScreenedParty[];
  goods: ScreenedGoodsLine[];
}

/** A hit with the list its entry is on, and the entry itself (the screens show it whole). */
export type ListedHit = CaseHit & { listId: string; entry: RiskEntry };
export type QuickHit = ExplainedHit & { listId: string; entry: RiskEntry };

/** What the officer typed in the quick-screen box: a name (with a country), an identifier, an HS code. */
export interface QuickQuery {
  name: string;
  country: string;
  identifier: { scheme: string; value: string } | null;
  hsCode: string;
}

export type ScreeningRequest =
  /** The lists in force (`listIds`): the worker indexes the active entries of those `added` and drops lists no longer named. */
  | { kind: 'setLists'; id: number; listIds: string[]; added: { listId: string; entries: RiskEntry[] }[] }
  | { kind: 'screenCase'; id: number; subject: ScreenedCase }
  | { kind: 'quick'; id: number; query: QuickQuery }
  /**
   * Re-screens `cases` against a list's previous version and its new one (`next`, already set).
   * `previous.entries` null: the version the last `setLists` replaced, which the worker kept.
   */
  | { kind: 'rescreen'; id: number; previous: { listId: string; entries: RiskEntry[] | null } | null; nextListId: string; cases: ScreenedCase[] };

export type ScreeningResponse =
  | { kind: 'listsSet'; id: number; entryCount: number }
  | { kind: 'caseHits'; id: number; hits: ListedHit[] }
  | { kind: 'quickHits'; id: number; hits: QuickHit[] }
  | { kind: 'progress'; id: number; done: number; total: number }
  /** `changedEntries`: how many entries the cases were screened against (what the version changed). */
  | { kind: 'rescreened'; id: number; changes: CaseScreeningChange[]; changedEntries: number }
  | { kind: 'failed'; id: number; message: string };
