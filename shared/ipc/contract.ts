// The one contract between the renderer and the Electron main process (CONVENTIONS.md "One
// contract per boundary"). The main process validates every request against these schemas and
// the sender's origin (electron/main/ipc.ts); the preload exposes exactly `AttacheBridge`.
import { z } from 'zod';
import type {
  InvokeChannel,
  IpcResult,
  MainEventChannel,
  MenuCommand,
  attacheBridgeKeys,
} from './channels';
import { menuCommands } from './channels';

export * from './channels';

/** Largest file the renderer may hand over to save, and the largest one it may open. */
export const maxSaveBytes = 64 * 1024 * 1024;
export const maxOpenBytes = 32 * 1024 * 1024;

/** A bare file name: no folder part, no characters any of our three platforms refuses. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'ipc.fileName.forbiddenCharacter')
  .refine((name) => name !== '.' && name !== '..', 'ipc.fileName.dotSegment');

/** A dialog filter; `name` is already translated by the renderer ("CSV files", "Tệp CSV"). */
export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).min(1).max(20),
  })
  .strict();
export type FileFilter = z.infer<typeof fileFilterSchema>;

const fileContentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(maxSaveBytes) }).strict(),
  z
    .object({
      kind: z.literal('bytes'),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= maxSaveBytes, 'ipc.file.tooLarge'),
    })
    .strict(),
]);

// shared/ sees no DOM or Node typings, so no `URL` here: an origin is matched as text, in the
// exact form `URL.origin` writes (lower-case host, no default port, no trailing slash).
const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const httpsOrigin = new RegExp(`^https://(?:${hostLabel}\\.)*${hostLabel}(?::(\\d{1,5}))?$`);
const loopbackOrigin = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::(\d{1,5}))?$/;

function isAllowedOrigin(value: string): boolean {
  const https = httpsOrigin.exec(value);
  const match = https ?? loopbackOrigin.exec(value);
  if (!match) return false;
  if (match[1] === undefined) return true;
  const port = Number(match[1]);
  const defaultPort = https ? 443 : 80;
  return !match[1].startsWith('0') && port >= 1 && port <= 65535 && port !== defaultPort;
}

/**
 * A sync server's origin exactly as `URL.origin` writes it (`https://sync.customs.example`,
 * `http://127.0.0.1:4000`): https, or http on loopback only (a development server on this
 * computer); no path, credentials, query or trailing slash. The same rule the main process's
 * Content-Security-Policy applies, so a stored origin always makes a valid policy.
 */
export const syncServerOriginSchema = z.string().max(2048).refine(isAllowedOrigin, 'ipc.syncServer.notAnAllowedOrigin');

/** A data key: exactly 32 bytes. */
const keyBytesSchema = z.instanceof(Uint8Array).refine((b) => b.byteLength === 32, 'ipc.keychain.keyLength');

export type KeychainStatus = 'available' | 'insecure' | 'unavailable';

/**
 * Every renderer → main call with its request schema. Requests are always one object (`{}` when
 * there is nothing to say), so a missing or extra argument is an `invalidRequest`, never a guess.
 * Objects are strict: an unknown key is refused rather than silently dropped.
 */
export const invokeContract = {
  /** Who and what is running, for the About panel and bug reports. Never fails. */
  'app:info': { request: z.object({}).strict() },
  /**
   * Asks the user where to save `content` (native dialog, proposing `suggestedName` in the
   * Documents folder) and writes it there. Cancelling is `{ saved: false }`, not an error.
   * The renderer never learns or chooses a full path.
   */
  'files:save': {
    request: z
      .object({
        suggestedName: fileNameSchema,
        filters: z.array(fileFilterSchema).max(10).default([]),
        content: fileContentSchema,
      })
      .strict(),
  },
  /**
   * Asks the user for one file (native dialog) and returns its name and UTF-8 text, or `null`
   * when the user cancels. Files over `maxOpenBytes` fail with `tooLarge`.
   */
  'files:open': {
    request: z.object({ filters: z.array(fileFilterSchema).max(10).default([]) }).strict(),
  },
  /**
   * Opens a link in the system browser or mail client. Only `https:` and `mailto:` URLs are
   * opened; anything else fails with `notAllowed` (the policy lives in the main process).
   */
  'links:openExternal': { request: z.object({ url: z.string().min(1).max(2048) }).strict() },
  /**
   * Sets the one sync server the page may connect to (the `connect-src` of the app:// policy),
   * kept across restarts; `null` forgets it, which allows any https server or loopback again so
   * the officer can enroll. When the value changes the main process reloads the calling window
   * so the new policy applies (the renderer's state lives in IndexedDB and localStorage); the
   * answer may therefore never arrive. Setting the stored value again is a no-op.
   */
  'sync:setServer': { request: z.object({ origin: syncServerOriginSchema.nullable() }).strict() },
  /**
   * Whether the OS keychain (Electron `safeStorage`) can protect the data key: `available`,
   * `insecure` (Linux with the `basic_text` backend: a fixed key, no protection, so refused) or
   * `unavailable`. Never fails.
   */
  'keychain:status': { request: z.object({}).strict() },
  /** Seals the 32-byte data key with the OS keychain; `notAllowed` unless the status is `available`. */
  'keychain:seal': { request: z.object({ key: keyBytesSchema }).strict() },
  /** Opens what `keychain:seal` returned; `notAllowed` unless `available`, `ioError` if the keychain refuses. */
  'keychain:open': { request: z.object({ sealed: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= 1024, 'ipc.keychain.size') }).strict() },
  /**
   * Prints the calling page to PDF as it would print on paper (print media): A4, backgrounds
   * printed, the page's own CSS `@page` size, margins and margin boxes (page numbers, marking)
   * preferred. Answers the PDF's bytes; the renderer decides where they go (saved through
   * `files:save`, kept as an attachment). `ioError` when Chromium fails to print.
   */
  'print:toPdf': { request: z.object({}).strict() },
  /**
   * Shows a desktop notification (a deadline reminder), already translated by the renderer. A
   * later one with the same `tag` replaces the earlier one still shown. Where the system shows no
   * notifications it answers `null` all the same: a reminder is a courtesy, never a failure.
   */
  'notifications:show': {
    request: z
      .object({
        title: z.string().min(1).max(200),
        body: z.string().max(1000),
        tag: z.string().min(1).max(200).optional(),
      })
      .strict(),
  },
} as const satisfies { [C in InvokeChannel]: { request: z.ZodType } };

export interface AppInfo {
  name: string;
  version: string;
  electronVersion: string;
  chromeVersion: string;
  /** Node's `process.platform`: 'linux', 'win32', 'darwin'. */
  platform: string;
  /** The operating system's UI locale, e.g. 'vi-VN'. */
  locale: string;
}

/** `fileName` is the base name the user chose (for a "Saved as …" message), never a path. */
export type SaveFileResult = { saved: true; fileName: string } | { saved: false };

/** `null` when the user cancelled the dialog. */
export type OpenedFile = { name: string; text: string } | null;

/** What each channel answers with on success. */
export interface InvokeResults {
  'app:info': AppInfo;
  'files:save': SaveFileResult;
  'files:open': OpenedFile;
  'links:openExternal': null;
  'sync:setServer': null;
  'keychain:status': { status: KeychainStatus };
  'keychain:seal': { sealed: Uint8Array };
  'keychain:open': { key: Uint8Array };
  'print:toPdf': { pdf: Uint8Array };
  'notifications:show': null;
}

/** What the renderer passes (schema input: defaults may be omitted). */
export type IpcRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
/** What a main-process handler receives after validation (defaults filled in). */
export type IpcParsedRequest<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['request']>;
export type IpcValue<C extends InvokeChannel> = InvokeResults[C];

/** Main → renderer events with their payload schemas. */
export const mainEventContract = {
  /** An application-menu item was chosen; the renderer performs it like its own shortcut. */
  'menu:command': z.enum(menuCommands),
} as const satisfies { [E in MainEventChannel]: z.ZodType };
export type MainEventPayload<E extends MainEventChannel> = z.infer<(typeof mainEventContract)[E]>;

/**
 * `window.attache`, the whole surface the preload gives the page. Invariants: it holds only the
 * keys in `attacheBridgeKeys`; `invoke` reaches only contract channels and always resolves (with
 * an `IpcResult`), it never rejects for an expected failure; every `on…` returns a function that
 * removes exactly the listener it added.
 */
export interface AttacheBridge {
  invoke<C extends InvokeChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResult<IpcValue<C>>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

// Compile-time guards: the result map covers every channel, and the bridge has exactly the keys
// its runtime list names.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _ResultsCoverChannels = Assert<Exactly<keyof InvokeResults, InvokeChannel>>;
export type _BridgeKeysMatch = Assert<Exactly<keyof AttacheBridge, (typeof attacheBridgeKeys)[number]>>;
