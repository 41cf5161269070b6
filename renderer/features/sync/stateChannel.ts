import type { SyncState } from './syncState';

/** BroadcastChannel on which the window running sync shares its state with the other windows. */
export const syncStateChannelName = 'attache-sync-state';

type Message = { kind: 'state'; workspaceId: string; state: SyncState } | { kind: 'hello'; workspaceId: string };

export interface StateChannel {
  post(state: SyncState): void;
  close(): void;
}

/**
 * Only the window owning sync runs the engine, yet every window shows its state: each state the
 * engine reports is broadcast, and a window that opens asks ("hello") for the current one.
 * Messages about another workspace are ignored. Without BroadcastChannel this does nothing.
 */
export function openStateChannel(
  workspaceId: string,
  onState: (state: SyncState) => void,
  current: () => SyncState | null,
): StateChannel {
  if (typeof BroadcastChannel !== 'function') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(syncStateChannelName);
  const send = (message: Message) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.workspaceId !== workspaceId) return;
    if (message.kind === 'state') onState(message.state);
    else {
      const state = current();
      if (state) send({ kind: 'state', workspaceId, state });
    }
  };
  send({ kind: 'hello', workspaceId });
  return {
    post: (state) => send({ kind: 'state', workspaceId, state }),
    close: () => channel.close(),
  };
}
