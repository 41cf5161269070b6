/**
 * Sync attempts and what the network and the laptops do to them: one-shot faults, held requests
 * delivered out of order, late replays of old pushes, partitions, crashes, and time passing.
 */
import { clientOf, SimCommand } from './command';
import type { FaultKind, RequestKind } from './network';
import type { World } from './world';

export class Sync extends SimCommand {
  constructor(readonly c: number) {
    super();
  }
  async act(world: World) {
    world.startSync(clientOf(world, this.c));
  }
  toString() {
    return `Sync(c${this.c})`;
  }
}

export class SyncAll extends SimCommand {
  async act(world: World) {
    for (const client of world.clients) world.startSync(client);
  }
  toString() {
    return 'SyncAll';
  }
}

export class FireRetry extends SimCommand {
  constructor(readonly c: number) {
    super();
  }
  async act(world: World) {
    world.fireRetry(clientOf(world, this.c));
  }
  toString() {
    return `FireRetry(c${this.c})`;
  }
}

export class ArmFault extends SimCommand {
  constructor(readonly c: number, readonly kind: FaultKind, readonly on: RequestKind | 'any') {
    super();
  }
  async act(world: World) {
    world.network.arm(clientOf(world, this.c).index, { kind: this.kind, on: this.on });
  }
  toString() {
    return `Fault(c${this.c}, ${this.kind} on ${this.on})`;
  }
}

export class Deliver extends SimCommand {
  constructor(readonly k: number) {
    super();
  }
  async act(world: World) {
    world.network.deliver(this.k);
  }
  toString() {
    return `Deliver(#${this.k})`;
  }
}

export class Replay extends SimCommand {
  constructor(readonly k: number) {
    super();
  }
  async act(world: World) {
    await world.network.replay(this.k);
  }
  toString() {
    return `ReplayOldPush(#${this.k})`;
  }
}

export class Partition extends SimCommand {
  constructor(readonly c: number, readonly down: boolean) {
    super();
  }
  async act(world: World) {
    world.network.setPartitioned(clientOf(world, this.c).index, this.down);
  }
  toString() {
    return `${this.down ? 'Partition' : 'Reconnect'}(c${this.c})`;
  }
}

/** The laptop dies now, between two storage operations (a running sync dies with it). */
export class Crash extends SimCommand {
  constructor(readonly c: number) {
    super();
  }
  async act(world: World) {
    clientOf(world, this.c).process.crash();
  }
  toString() {
    return `Crash(c${this.c})`;
  }
}

/** Syncs, and the laptop dies while writing the next pulled page. */
export class CrashMidPage extends SimCommand {
  constructor(readonly c: number) {
    super();
  }
  async act(world: World) {
    const client = clientOf(world, this.c);
    client.process.crashOnPage = true;
    world.startSync(client);
  }
  toString() {
    return `SyncCrashingMidPage(c${this.c})`;
  }
}

export class AdvanceTime extends SimCommand {
  constructor(readonly ms: number) {
    super();
  }
  async act(world: World) {
    world.advance(this.ms);
  }
  toString() {
    return `AdvanceTime(${this.ms} ms)`;
  }
}

/** A client's wall clock is reset (an NTP correction or a user fix): it may jump backwards. */
export class SetClock extends SimCommand {
  constructor(readonly c: number, readonly offsetMs: number) {
    super();
  }
  async act(world: World) {
    clientOf(world, this.c).offsetMs = this.offsetMs;
  }
  toString() {
    return `SetClock(c${this.c}, offset ${this.offsetMs} ms)`;
  }
}
