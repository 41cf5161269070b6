import { useEffect, useState } from 'react';
import type { GoodsLine, Party } from '../../../../shared/domain';
import { screenedCase } from './loadScreenedCases';
import type { ListedHit } from './screeningProtocol';
import { useScreeningStore } from './screeningStore';

export type CaseScreeningState = { kind: 'waiting' } | { kind: 'noLists' } | { kind: 'screened'; hits: ListedHit[] } | { kind: 'failed'; reason: string };

/**
 * The hits of a case's parties and goods on the lists in force, screened in the worker, again
 * whenever the parties, the goods or the lists change.
 */
export function useCaseScreening(caseId: string, parties: readonly Party[], goods: readonly GoodsLine[]): CaseScreeningState {
  const client = useScreeningStore((s) => s.client);
  const listsKey = useScreeningStore((s) => s.listsKey);
  const [state, setState] = useState<CaseScreeningState>({ kind: 'waiting' });
  const subjectKey = JSON.stringify(screenedCase(caseId, parties, goods));
  useEffect(() => {
    if (!client) return;
    if (listsKey === '') {
      setState({ kind: 'noLists' });
      return;
    }
    let current = true;
    client.screenCase(JSON.parse(subjectKey)).then(
      (hits) => current && setState({ kind: 'screened', hits }),
      (error: unknown) => current && setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, listsKey, subjectKey]);
  return state;
}
