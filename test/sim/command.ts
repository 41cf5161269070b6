/**
 * The base of every simulation command (fast-check `fc.commands`). Every command ends with the
 * world settled (each sync finished or waiting on a held request), crashed clients restarted, and
 * the step invariants checked. Client and record choices are indexes taken modulo what exists when
 * the command runs, so every command is valid in every state and shrinks freely.
 */
import type fc from 'fast-check';
import { checkClientStep, checkServerTombstones } from './stepInvariants';
import type { Client, World } from './world';

/** What the model tracks between commands (the ledger lives in the world, fed by the network). */
export interface SimModel {
  /** `table:id` of every tombstone the server has ever held. */
  tombstones: Set<string>;
}

export type Cmd = fc.AsyncCommand<SimModel, World>;

export abstract class SimCommand implements Cmd {
  check(): boolean {
    return true;
  }

  async run(model: SimModel, world: World): Promise<void> {
    world.advance(1_000);
    await this.act(world);
    await world.settle();
    await world.restartCrashed();
    world.throwViolations();
    for (const client of world.clients) await checkClientStep(world, client);
    await checkServerTombstones(world, model.tombstones);
  }

  protected abstract act(world: World): Promise<void>;
  abstract toString(): string;
}

export const clientOf = (world: World, c: number): Client => world.clients[c % world.clients.length] as Client;
