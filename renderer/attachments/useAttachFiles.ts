import { useState } from 'react';
import type { DropItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../db';
import { useFormat } from '../i18n';
import { attachFile, fitsAttachmentLimit } from './attachmentFiles';
import { sizeOverLimit } from './sizeOverLimit';

/** A message about one file, translated when shown (so it follows a change of language). */
export interface AttachProblem {
  key: string;
  values: Record<string, string>;
}

export interface AttachFiles {
  /** Attaches the files in order; resolves the ids of those attached. */
  add(files: File[]): Promise<string[]>;
  /** Attaches the files among what was dropped (text or folders dropped are ignored). */
  addDropped(items: DropItem[]): Promise<string[]>;
  /** "Attaching invoice.pdf…" while a file is being read, hashed and stored. */
  busy: string | null;
  /** One message per file that was not attached. */
  problems: AttachProblem[];
}

/**
 * Attaching files to a case, by picker or by drop. A file over the limit is refused by its size,
 * before its bytes are read, with a message that says both; the files that fit are attached
 * anyway. Any other failure stops there: what was attached before it stays, the message names it.
 */
export function useAttachFiles(caseId: string, onAttached?: (ids: string[]) => void): AttachFiles {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { db, deviceId, actor } = useDatabase();
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<AttachProblem[]>([]);

  const add = async (files: File[]): Promise<string[]> => {
    const found: AttachProblem[] = [];
    const ids: string[] = [];
    for (const file of files) {
      if (!fitsAttachmentLimit(file.size)) {
        found.push({ key: 'attachments.tooLarge', values: { name: file.name, ...sizeOverLimit(file.size, fmt) } });
        continue;
      }
      setBusy(t('attachments.adding', { name: file.name }));
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        ids.push(await attachFile(db, caseId, { name: file.name, type: file.type, bytes }, { actor: actor || deviceId, deviceId }));
      } catch (error) {
        found.push({ key: 'attachments.addFailed', values: { name: file.name, reason: error instanceof Error ? error.message : String(error) } });
        break;
      }
    }
    setBusy(null);
    setProblems(found);
    if (ids.length > 0) onAttached?.(ids);
    return ids;
  };

  const addDropped = async (items: DropItem[]): Promise<string[]> =>
    add(await Promise.all(items.flatMap((item) => (item.kind === 'file' ? [item.getFile()] : []))));

  return { add, addDropped, busy, problems };
}
