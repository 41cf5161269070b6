// Poke-to-pull delay: from device X receiving the answer to a push that made version v, to each
// other device Y of the workspace having pulled v (Y pulls when the server's poke reaches it). All
// devices live in this process, so one clock times both ends. A device that already holds v when X
// hears its answer (the poke outran the answer) counts 0.

interface Waiting {
  version: number;
  answeredAt: number;
}

interface Listener {
  workspaceId: string;
  /** Highest version this device has pulled. */
  cursor: number;
  /** Highest version a poke has announced to it. */
  poked: number;
  waitingPull: Waiting[];
  waitingPoke: Waiting[];
}

export class PokeTracker {
  private readonly devices = new Map<string, Listener>();
  private readonly byWorkspace = new Map<string, Listener[]>();
  /** Milliseconds from a push's answer to another device's pull holding it. */
  readonly pullDelays: number[] = [];
  /** Milliseconds from a push's answer to another device hearing a poke at or past it. */
  readonly pokeDelays: number[] = [];
  private recording = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  add(deviceId: string, workspaceId: string, cursor: number): void {
    const listener: Listener = { workspaceId, cursor, poked: cursor, waitingPull: [], waitingPoke: [] };
    this.devices.set(deviceId, listener);
    this.byWorkspace.set(workspaceId, [...(this.byWorkspace.get(workspaceId) ?? []), listener]);
  }

  /** Pushes answered while recording are followed; earlier and later ones are not. */
  setRecording(on: boolean): void {
    this.recording = on;
  }

  pushAnswered(deviceId: string, version: number): void {
    const pusher = this.devices.get(deviceId);
    if (!this.recording || !pusher) return;
    const answeredAt = this.now();
    for (const other of this.byWorkspace.get(pusher.workspaceId) ?? []) {
      if (other === pusher) continue;
      if (other.cursor >= version) this.pullDelays.push(0);
      else other.waitingPull.push({ version, answeredAt });
      if (other.poked >= version) this.pokeDelays.push(0);
      else other.waitingPoke.push({ version, answeredAt });
    }
  }

  poked(deviceId: string, version: number): void {
    const device = this.devices.get(deviceId);
    if (!device) return;
    device.poked = Math.max(device.poked, version);
    device.waitingPoke = this.settle(device.waitingPoke, device.poked, this.pokeDelays);
  }

  pulled(deviceId: string, cursor: number): void {
    const device = this.devices.get(deviceId);
    if (!device) return;
    device.cursor = Math.max(device.cursor, cursor);
    device.waitingPull = this.settle(device.waitingPull, device.cursor, this.pullDelays);
  }

  /** Followed pushes some device has not pulled yet. */
  unreached(): number {
    let count = 0;
    for (const device of this.devices.values()) count += device.waitingPull.length;
    return count;
  }

  private settle(waiting: Waiting[], reached: number, delays: number[]): Waiting[] {
    if (waiting.length === 0) return waiting;
    const at = this.now();
    const still: Waiting[] = [];
    for (const w of waiting) {
      if (w.version <= reached) delays.push(at - w.answeredAt);
      else still.push(w);
    }
    return still;
  }
}
