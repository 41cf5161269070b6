// The only file that touches raw `ipcMain` (CONVENTIONS.md "One contract per boundary"). Every
// invoke passes three gates before a handler sees it: the sender is the app's own main frame,
// the request matches the contract's schema, and the handler's answer is an IpcResult even when
// the handler has a bug.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { invokeContract, ipcFail } from '../../shared/ipc/contract';
import type {
  InvokeChannel,
  IpcParsedRequest,
  IpcResult,
  IpcValue,
  MainEventChannel,
  MainEventPayload,
} from '../../shared/ipc/contract';

/** What a handler knows about the caller: the webContents, for parenting dialogs. */
export interface InvokeContext {
  sender: WebContents;
}

/** Handles one validated request. Expected failures are returned (`ipcFail`), never thrown. */
export type InvokeHandler<C extends InvokeChannel> = (
  request: IpcParsedRequest<C>,
  context: InvokeContext,
) => Promise<IpcResult<IpcValue<C>>> | IpcResult<IpcValue<C>>;

export interface IpcRouterOptions {
  /** Origins whose main frame may call, e.g. `app://attache` (plus the dev server in development). */
  trustedOrigins: readonly string[];
  /** Where refused calls and handler bugs are reported (the main-process log). */
  log(message: string): void;
}

export interface IpcRouter {
  /**
   * Registers the handler for `channel`; the request schema is the contract's, so it cannot drift.
   * A channel has at most one handler: registering twice is a programming error and throws.
   */
  handle<C extends InvokeChannel>(channel: C, handler: InvokeHandler<C>): void;
  /** Removes every handler this router registered. */
  dispose(): void;
}

export function createIpcRouter(options: IpcRouterOptions): IpcRouter {
  const registered = new Set<InvokeChannel>();
  const trusted = new Set(options.trustedOrigins.map(originOf));
  return {
    handle(channel, handler) {
      if (registered.has(channel)) throw new Error(`IPC channel ${channel} already has a handler`);
      registered.add(channel);
      ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
        dispatch(channel, handler, event, args, trusted, options.log),
      );
    },
    dispose() {
      for (const channel of registered) ipcMain.removeHandler(channel);
      registered.clear();
    },
  };
}

async function dispatch<C extends InvokeChannel>(
  channel: C,
  handler: InvokeHandler<C>,
  event: IpcMainInvokeEvent,
  args: unknown[],
  trusted: ReadonlySet<string | null>,
  log: (message: string) => void,
): Promise<IpcResult<IpcValue<C>>> {
  if (!isTrustedSender(event.senderFrame, trusted)) {
    log(`Refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return ipcFail('forbiddenSender', `${channel} may only be called by the app's main frame`);
  }
  if (args.length !== 1) {
    return ipcFail('invalidRequest', `${channel} takes exactly one request object, got ${args.length} arguments`);
  }
  const parsed = invokeContract[channel].request.safeParse(args[0]);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(request)'}: ${i.message}`);
    return ipcFail('invalidRequest', `${channel}: ${detail.join('; ')}`);
  }
  try {
    return await handler(parsed.data as IpcParsedRequest<C>, { sender: event.sender });
  } catch (error) {
    log(`Handler for ${channel} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ipcFail('internal', `${channel} failed unexpectedly; see the main-process log`);
  }
}

/**
 * `scheme://host[:port]` of a URL, or null. Computed by hand because Node's `URL.origin` is
 * "null" for non-special schemes such as app:.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * True when `frame` is a live top-level frame showing a trusted origin. Subframes are refused
 * even on a trusted origin (nothing the app embeds needs the bridge), and so is a frame whose
 * own origin disagrees with its URL (an opaque, sandboxed document).
 */
export function isTrustedSender(frame: WebFrameMain | null, trusted: ReadonlySet<string | null>): boolean {
  if (frame === null || frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && trusted.has(origin) && frame.origin === origin;
}

/** Sends a main → renderer event, typed by the contract; a closed window is skipped. */
export function sendEvent<E extends MainEventChannel>(
  contents: WebContents,
  channel: E,
  payload: MainEventPayload<E>,
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
