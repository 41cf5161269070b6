// Why a hit is a hit, as data: the renderer says it in the officer's language (English or
// Vietnamese) and `describeReason` says it in English for logs, exports and `Hit.reasons`.
// Words the name vocabulary recognises travel as its concept ids ("steel", "ltd", "guangzhou"),
// so each language labels them; own words travel folded ("truong"), as they were compared.

/** Which of a listed entry's names the query met. */
export type NameVia = 'name' | 'latinName' | 'alias';

/**
 * One reason of a hit. A company hit opens with its `name` (or `identifier`) reason, then what
 * confirms or contradicts it; an HS code hit has one `hsCode` reason.
 */
export type HitReason =
  | {
      kind: 'name';
      via: NameVia;
      /** The name screened, as given. */
      name: string;
      /** The listed name it met, as written on the list. */
      listedName: string;
      /**
       * The own words that met, as compared: "truong" (the same word), "dinh hung = dinhhung"
       * (written apart on the left, as one on the right, or the reverse), "truogn ~ truong" (a
       * typo); the name screened on the left. The notation reads the same in any language.
       */
      matchedTokens: string[];
    }
  /** How many of the matched words differ by a typo (said only when some do). */
  | { kind: 'typos'; count: number }
  /** Own words of either name that met no word of the other (said only when some did not). */
  | { kind: 'unmatchedWords'; onlyInName: string[]; onlyInListed: string[] }
  /** Both names carry goods words: the same one confirms, only different ones lower the score. */
  | { kind: 'goods'; agrees: boolean; name: string[]; listed: string[] }
  /** Both names carry a telling legal form and none is shared (said only then). */
  | { kind: 'legalForm'; name: string[]; listed: string[] }
  /** Both names lead with a Chinese place and none is shared (said only then). */
  | { kind: 'place'; name: string[]; listed: string[] }
  /** The query's country against the entry's addresses' countries (ISO alpha-2). */
  | { kind: 'country'; agrees: boolean; country: string; listed: string[] }
  /**
   * A valid identifier equal to a listed one, normalised. `viaBranch`: one of the two is a
   * branch's tax code ("0100233488-001") met through its parent's, so `value` and `listedValue`
   * may differ.
   */
  | { kind: 'identifier'; scheme: string; value: string; listedValue: string; viaBranch: boolean }
  /**
   * A listed HS code against the declared one, both as digits. `exact`: the same code; `covers`:
   * the listed code is a broader level (a heading) that includes the declared one; `partial`:
   * the listed code is finer, so only part of the declared heading is listed.
   */
  | { kind: 'hsCode'; match: 'exact' | 'covers' | 'partial'; listed: string; declared: string };

/** A hit with its reasons as data (see `Hit` for the same hit in English). */
export interface ExplainedHit {
  entryId: string;
  /** 0..1 */
  score: number;
  reasons: HitReason[];
}
