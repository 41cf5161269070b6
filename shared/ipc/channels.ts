// The zod-free half of the IPC contract. The sandboxed preload imports only this file at run
// time (plus types from contract.ts): a sandboxed preload cannot `require` npm packages, and
// electron-vite keeps dependencies such as zod external, so nothing here may import one.

/**
 * Renderer → main calls, all made with `invoke` and answered with an {@link IpcResult}.
 * Names are `domain:verb`. Adding a channel means adding it here AND to `invokeContract` in
 * contract.ts; the type system refuses one without the other.
 */
export const invokeChannels = [
  'app:info',
  'files:save',
  'files:open',
  'links:openExternal',
  'sync:setServer',
  'keychain:status',
  'keychain:seal',
  'keychain:open',
  'print:toPdf',
  'notifications:show',
] as const;
export type InvokeChannel = (typeof invokeChannels)[number];

/** Main → renderer events. The renderer only listens; it never sends on these channels. */
export const mainEventChannels = ['menu:command'] as const;
export type MainEventChannel = (typeof mainEventChannels)[number];

/** What the application menu can ask the renderer to do (payload of `menu:command`). */
export const menuCommands = ['newCase', 'openSettings', 'showShortcuts', 'goToCases', 'lock'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/**
 * Why a call failed. `message` beside it is English diagnostic text for logs; the renderer shows
 * the user a translated text chosen by `code`, never `message`.
 * - invalidRequest: the payload does not match the channel's schema.
 * - forbiddenSender: the call came from a frame other than the app's own main frame.
 * - unknownChannel: the channel is not in the contract (refused by the preload).
 * - notAllowed: the request is well formed but refused by policy (e.g. a non-https link).
 * - tooLarge: a file is bigger than the channel accepts.
 * - ioError: the operating system refused (disk full, permission, no handler for a link).
 * - internal: a bug in the main process; details are in the main process log.
 */
export const ipcErrorCodes = [
  'invalidRequest',
  'forbiddenSender',
  'unknownChannel',
  'notAllowed',
  'tooLarge',
  'ioError',
  'internal',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/**
 * Every invoke answers with this shape. Expected failures are values, not exceptions: an Error
 * thrown in the main process reaches the renderer as a bare string after structured clone, so
 * its code would be lost.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function ipcFail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (invokeChannels as readonly string[]).includes(value);
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/**
 * The keys of `window.attache`, in one place so the preload's test can check that it exposes
 * exactly these and nothing else (in particular no `ipcRenderer` and no generic `send`).
 */
export const attacheBridgeKeys = ['invoke', 'onMenuCommand'] as const;
