/**
 * Directed scenarios: fixed command sequences for interleavings too rare for random runs to hit
 * often, checked with the same step and final invariants (`npm run test:sim -- --scenario NAME`).
 */
import type { Cmd } from './command';
import { CreateCase, MoveStatus, ResolveConflict } from './editCommands';
import { Sync } from './faultCommands';
import type { WorldConfig } from './world';

export interface Scenario {
  description: string;
  config: WorldConfig;
  commands: () => Cmd[];
}

const syncAll = (clients: number) => Array.from({ length: clients }, (_, c) => new Sync(c));

export const scenarios: Record<string, Scenario> = {
  'concurrent-resolutions': {
    description:
      'Two officers resolve the same outcome conflict offline: one keeps the server value (null), the other takes the client value. ' +
      'The resolved conflict must state one of the two decisions, not a mix.',
    config: { offsetsMs: [0, 0, 0], pageSize: 3 },
    commands: () => [
      new CreateCase(0, 1), // an open case
      ...syncAll(3),
      new MoveStatus(1, 0, 0), // open → awaitingReply
      new MoveStatus(0, 0, 1), // open → closed (outcome notConfirmed), concurrently
      new Sync(1),
      new Sync(0), // conflicts on status and outcome
      ...syncAll(3),
      new ResolveConflict(2, 0, true, 'outcome'),
      new ResolveConflict(1, 0, false, 'outcome'),
      new Sync(2),
      new Sync(1),
    ],
  },
};
