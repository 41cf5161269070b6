import type { RiskEntry, RiskLevel } from '../../../../shared/domain';
import type { DetailedRowError, RiskListJsonMetadata } from '../../../../shared/riskLists';

/** What the risk-list worker is asked: read a file, build the version to store, open a downloaded pack. */
export type RiskListWorkerRequest =
  | { kind: 'parse'; bytes: ArrayBuffer; fileName: string }
  | { kind: 'build'; listId: string; defaultRiskLevel: RiskLevel }
  | { kind: 'unpack'; bytes: ArrayBuffer; listId: string; entryCount: number };

/** Which reader took the file: ours by its extension or content, OpenSanctions by its header. */
export type RiskListFileFormat = 'csv' | 'json';

export type ParseSummary = {
  format: RiskListFileFormat;
  /** Rows that passed every check (what "import only the valid rows" would store). */
  validCount: number;
  /** Each with its problem, so the page tells it in the UI language (`message` is the English one). */
  errors: DetailedRowError[];
  /** The list's own metadata, when the file carries it (our JSON form). */
  metadata: RiskListJsonMetadata | null;
};

/** Import phases the progress bar names: decoding and tokenising, checking rows, packing entries; then the page's own write. */
export type WorkerPhase = 'reading' | 'checking' | 'packing';
export type ImportPhase = WorkerPhase | 'writing';

export type RiskListWorkerResponse =
  | { kind: 'progress'; phase: WorkerPhase; done: number; total: number }
  | ({ kind: 'parsed' } & ParseSummary)
  | { kind: 'built'; entries: RiskEntry[]; sha256: string; bytes: ArrayBuffer }
  | { kind: 'unpacked'; entries: RiskEntry[] }
  | { kind: 'failed'; message: string };
