/**
 * The model: what the simulation knows independently of the system under test. It sees every
 * local commit and every answer the server gives (delivered or not), and from that alone states
 * what must hold: acknowledged mutations are kept, a mutation is applied at most once, replays get
 * the original outcome, a record is created once.
 */
import type { PushMutation, PushResult } from '../../shared/sync';
import type { NetworkObserver, SentRequest } from './network';
import { Violation } from './violation';

/** A mutation the server acknowledged (`applied`, `conflicted`, or `duplicate` of those). */
export interface Acked {
  deviceId: string;
  mutation: PushMutation;
  /** The FIRST answer the server gave for it (a duplicate's original). */
  result: PushResult;
  /** The workspace version right after that push (the "when" of a change that took no version). */
  headAfter: number;
}

export interface LedgerStats {
  commits: number;
  /** Conflicts resolved by an officer (a commit on the `conflicts` table). */
  resolutions: number;
  applied: number;
  conflicted: number;
  duplicates: number;
  rejected: Record<string, number>;
}

export class Ledger implements NetworkObserver {
  /** Key `deviceId:mutationId` → first answer. */
  readonly answered = new Map<string, Acked>();
  /** Key `deviceId:mutationId` → the mutation as first sent (every later send must be identical). */
  private readonly sent = new Map<string, string>();
  /** Mutations whose first answer was `rejected` (a replay of them is answered `duplicate`). */
  private readonly rejectedKeys = new Set<string>();
  /** Records created by commits: `table:id` → creating client. */
  readonly created = new Map<string, number>();
  /** Conflict id → every resolution an officer committed for it (value, by, at). */
  readonly resolutions = new Map<string, { value: unknown; by: string; at: string }[]>();
  /** Per client: the highest mutation id its commits handed out. */
  readonly committedUpTo = new Map<number, number>();
  readonly stats: LedgerStats = { commits: 0, resolutions: 0, applied: 0, conflicted: 0, duplicates: 0, rejected: {} };

  constructor(private readonly headOf: () => Promise<number>) {}

  recordCommit(client: number, lastMutationId: number, creates: { table: string; id: string }[]): void {
    this.stats.commits += 1;
    this.committedUpTo.set(client, lastMutationId);
    for (const c of creates) {
      const key = `${c.table}:${c.id}`;
      if (this.created.has(key)) throw new Violation('no duplicates', `the simulation created ${key} twice`);
      this.created.set(key, client);
    }
  }

  recordResolution(conflictId: string, resolution: { value: unknown; by: string; at: string }): void {
    this.stats.resolutions += 1;
    this.resolutions.set(conflictId, [...(this.resolutions.get(conflictId) ?? []), resolution]);
  }

  async onPushAnswer(request: SentRequest, status: number, body: unknown): Promise<void> {
    if (status !== 200 || !body || typeof body !== 'object') return;
    const { deviceId, mutations } = JSON.parse(request.body) as { deviceId: string; mutations: PushMutation[] };
    const { results } = body as { results: PushResult[] };
    const headAfter = await this.headOf();
    const byId = new Map(mutations.map((m) => [m.mutationId, m]));
    for (const result of results) {
      const mutation = byId.get(result.mutationId);
      if (!mutation) throw new Violation('push answer', `result for mutation ${result.mutationId} that was not sent`);
      const key = `${deviceId}:${result.mutationId}`;
      const wire = JSON.stringify(mutation);
      const first = this.sent.get(key);
      if (first === undefined) this.sent.set(key, wire);
      else if (first !== wire) {
        throw new Violation('outbox integrity', `mutation ${key} was sent with two different contents:\n${first}\n${wire}`);
      }
      this.record(deviceId, mutation, result, headAfter, key);
    }
  }

  private record(deviceId: string, mutation: PushMutation, result: PushResult, headAfter: number, key: string): void {
    const original = this.answered.get(key);
    if (result.status === 'duplicate') {
      this.stats.duplicates += 1;
      if (!original) {
        // Its first answer was a rejection (not kept as acknowledged) or never observed.
        if (!this.rejectedKeys.has(key)) throw new Violation('push answer', `duplicate of ${key}, which the server never answered`);
        return;
      }
      if (original.result.version !== result.version) {
        throw new Violation(
          'applied once',
          `replayed ${key} answered version ${String(result.version)}, first answer was ${String(original.result.version)}`,
        );
      }
      return;
    }
    if (original || this.rejectedKeys.has(key)) {
      throw new Violation('applied once', `mutation ${key} was merged twice (second answer: ${JSON.stringify(result)})`);
    }
    if (result.status === 'rejected') {
      this.rejectedKeys.add(key);
      const code = result.code ?? 'unknown';
      this.stats.rejected[code] = (this.stats.rejected[code] ?? 0) + 1;
      return;
    }
    if (result.status === 'conflicted') this.stats.conflicted += 1;
    else this.stats.applied += 1;
    this.answered.set(key, { deviceId, mutation, result, headAfter });
  }

  /** Versions handed out by first answers; each must be unique (one change, one version). */
  versionsHandedOut(): Map<number, string> {
    const versions = new Map<number, string>();
    for (const [key, acked] of this.answered) {
      const v = acked.result.version;
      if (v === undefined) continue;
      const other = versions.get(v);
      if (other) throw new Violation('applied once', `version ${v} was answered to both ${other} and ${key}`);
      versions.set(v, key);
    }
    return versions;
  }
}
