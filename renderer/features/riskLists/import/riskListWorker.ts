// The risk-list worker: reads an imported file (decode, tokenise, check 100k rows), builds the
// version to store (ids, pack) and opens packs downloaded from other devices, all off the main
// thread so the page stays responsive. One worker per job: Cancel terminates it.
import { v7 } from 'uuid';
import { decodeRiskListFile, riskListJsonMetadataSchema, toRiskEntry, type RiskEntryDraft } from '../../../../shared/riskLists';
import { readRiskListCsv } from '../../../../shared/riskLists/parseRiskListCsv';
import { readRiskListJson } from '../../../../shared/riskLists/parseRiskListJson';
import { packRiskListEntries, unpackRiskListEntries } from '../../../../shared/riskLists/riskListPack';
import type { RiskListWorkerRequest, RiskListWorkerResponse } from './workerProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RiskListWorkerRequest>) => void) | null;
  postMessage(response: RiskListWorkerResponse, transfer?: Transferable[]): void;
};

/** The checked rows of the file last parsed, kept here until the officer decides to import. */
let drafts: RiskEntryDraft[] = [];

const isJson = (fileName: string, text: string) => /\.json$/i.test(fileName) || /^\s*[{[]/.test(text.slice(0, 100));

function metadataOf(text: string) {
  try {
    const root = JSON.parse(text.replace(/^\uFEFF/, '')) as { list?: unknown };
    const list = riskListJsonMetadataSchema.safeParse(root.list);
    return list.success ? list.data : null;
  } catch {
    return null;
  }
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function answer(request: RiskListWorkerRequest): Promise<void> {
  switch (request.kind) {
    case 'parse': {
      scope.postMessage({ kind: 'progress', phase: 'reading', done: 0, total: 1 });
      const text = decodeRiskListFile(new Uint8Array(request.bytes));
      const json = isJson(request.fileName, text);
      const parsed = json
        ? readRiskListJson(text)
        : readRiskListCsv(text, (done, total) => scope.postMessage({ kind: 'progress', phase: 'checking', done, total }));
      drafts = parsed.entries;
      scope.postMessage({ kind: 'parsed', format: json ? 'json' : 'csv', validCount: drafts.length, errors: parsed.errors, metadata: json ? metadataOf(text) : null });
      return;
    }
    case 'build': {
      scope.postMessage({ kind: 'progress', phase: 'packing', done: 0, total: drafts.length });
      const entries = drafts.map((draft) => toRiskEntry(draft, { id: v7(), listId: request.listId, defaultRiskLevel: request.defaultRiskLevel }));
      const bytes = await packRiskListEntries(request.listId, entries);
      scope.postMessage({ kind: 'built', entries, sha256: await sha256Hex(bytes), bytes: bytes.buffer }, [bytes.buffer]);
      return;
    }
    case 'unpack': {
      const entries = await unpackRiskListEntries(new Uint8Array(request.bytes), request.listId, request.entryCount);
      scope.postMessage({ kind: 'unpacked', entries });
      return;
    }
  }
}

scope.onmessage = (event) => {
  answer(event.data).catch((error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
