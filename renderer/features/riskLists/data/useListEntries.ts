import { useEffect, useState } from 'react';
import type { RiskEntry, RiskList } from '../../../../shared/domain';
import { useReadAttachmentBytes } from '../../../attachments';
import { useDatabase } from '../../../db';
import { readListEntries } from './listEntries';

export type EntriesState = { kind: 'loading' } | { kind: 'ready'; entries: RiskEntry[] } | { kind: 'failed'; reason: string };

/** The entries of a list version (null: none asked), read once per version (`readListEntries`). */
export function useListEntries(list: RiskList | null | undefined): EntriesState {
  const { db } = useDatabase();
  const readBytes = useReadAttachmentBytes();
  const [state, setState] = useState<{ listId: string; state: EntriesState } | null>(null);
  useEffect(() => {
    if (!list) return;
    let current = true;
    readListEntries(db, list, readBytes).then(
      (entries) => current && setState({ listId: list.id, state: { kind: 'ready', entries } }),
      (error: unknown) => current && setState({ listId: list.id, state: { kind: 'failed', reason: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [db, readBytes, list]);
  return state && list && state.listId === list.id ? state.state : { kind: 'loading' };
}
