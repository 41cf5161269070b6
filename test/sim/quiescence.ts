/**
 * The end of every run: heal the network (no faults, no partitions, every held request delivered,
 * crashed clients restarted), then sync every client round after round until a full round changes
 * nothing: no outbox left anywhere, the server's head did not move, every cursor at the head.
 */
import { readHead } from './serverState';
import { snapshot } from './clientState';
import { Violation } from './violation';
import type { World } from './world';

const maxRounds = 12;

export async function healAndQuiesce(world: World): Promise<number> {
  world.heal();
  await world.settle();
  await world.restartCrashed();
  for (let round = 1; round <= maxRounds; round++) {
    const headBefore = await readHead(world.server.sql, world.workspaceId);
    for (const client of world.clients) {
      world.startSync(client);
      await world.settle();
      world.throwViolations();
      const state = client.process.engine.getState();
      if (state.phase !== 'upToDate') {
        throw new Violation('heals', `client ${client.index} cannot sync on a healed network: ${JSON.stringify(state)}`);
      }
    }
    const head = await readHead(world.server.sql, world.workspaceId);
    let quiet = head === headBefore;
    for (const client of world.clients) {
      const snap = await snapshot(client.process.db);
      quiet &&= snap.outbox.length === 0 && snap.cursor === head && snap.repairs.length === 0;
    }
    if (quiet) return round;
  }
  throw new Violation('quiescence', `still changing after ${maxRounds} rounds of syncing every client on a healed network`);
}
