/**
 * The command mix of a run (fast-check `fc.commands`): mostly local edits and syncs, with network
 * faults, crashes and clock jumps in between.
 */
import fc from 'fast-check';
import type { Cmd } from './command';
import { AddChild, CreateCase, DeleteRecord, EditCase, EditDeadline, MoveStatus, ResolveConflict } from './editCommands';
import { AdvanceTime, ArmFault, Crash, CrashMidPage, Deliver, FireRetry, Partition, Replay, SetClock, Sync, SyncAll } from './faultCommands';
import type { FaultKind, RequestKind } from './network';

export type { SimModel } from './command';

const dayMs = 24 * 3_600_000;
const client = fc.nat(4);
const pick = fc.nat(20);
const faultKinds: FaultKind[] = ['dropRequest', 'dropResponse', 'duplicate', 'hold', 'crashBefore', 'crashAfterApplied', 'crashAfterResponse'];
const w = (weight: number, arbitrary: fc.Arbitrary<Cmd>) => ({ weight, arbitrary });
/** Most steps write and sync; faults come in between. */
const anyCommand: fc.Arbitrary<Cmd> = fc.oneof(
  w(3, fc.tuple(client, pick).map(([c, p]) => new CreateCase(c, p))),
  w(5, fc.tuple(client, pick, fc.integer({ min: 1, max: 31 }), pick).map(([c, wh, m, p]) => new EditCase(c, wh, m, p))),
  w(4, fc.tuple(client, pick, pick).map(([c, wh, p]) => new MoveStatus(c, wh, p))),
  w(3, fc.tuple(client, pick, fc.constantFrom('notes' as const, 'deadlines' as const), pick).map(([c, wh, k, p]) => new AddChild(c, wh, k, p))),
  w(2, fc.tuple(client, pick, pick).map(([c, wh, p]) => new EditDeadline(c, wh, p))),
  w(2, fc.tuple(client, fc.constantFrom('cases' as const, 'notes' as const, 'deadlines' as const), pick).map(([c, t, wh]) => new DeleteRecord(c, t, wh))),
  w(3, fc.tuple(client, pick, fc.boolean()).map(([c, wh, take]) => new ResolveConflict(c, wh, take))),
  w(4, client.map((c) => new Sync(c))),
  w(1, fc.constant(new SyncAll())),
  w(1, client.map((c) => new FireRetry(c))),
  w(4, fc.tuple(client, fc.constantFrom(...faultKinds), fc.constantFrom<RequestKind | 'any'>('push', 'pull', 'any')).map(([c, k, on]) => new ArmFault(c, k, on))),
  w(2, pick.map((k) => new Deliver(k))),
  w(1, pick.map((k) => new Replay(k))),
  w(2, fc.tuple(client, fc.boolean()).map(([c, down]) => new Partition(c, down))),
  w(1, client.map((c) => new Crash(c))),
  w(1, client.map((c) => new CrashMidPage(c))),
  w(1, fc.integer({ min: 1_000, max: 36 * 3_600_000 }).map((ms) => new AdvanceTime(ms))),
  w(1, fc.tuple(client, fc.integer({ min: -2 * dayMs, max: 2 * dayMs })).map(([c, ms]) => new SetClock(c, ms))),
);

export function simCommands(maxCommands: number, replayPath?: string) {
  return fc.commands([anyCommand], { maxCommands, replayPath, size: 'max' });
}
