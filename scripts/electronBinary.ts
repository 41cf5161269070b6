import { join } from 'node:path';

/** What `npm start` needs to know about the installed `electron` package; the file system is handed in. */
export interface ElectronInstall {
  /** The folder of the `electron` package, null when it is not installed at all. */
  packageDir: string | null;
  /** ELECTRON_OVERRIDE_DIST_PATH: a folder holding an Electron build to use instead of the package's. */
  overrideDistPath?: string;
  exists(path: string): boolean;
  /** A file's text, or null when it cannot be read. */
  readText(path: string): string | null;
}

export type ElectronCheck = { ok: true; binary: string } | { ok: false; missing: string };

/**
 * Finds the Electron binary the way the `electron` package does, without its side effects (since
 * Electron 42, requiring the package downloads the binary when it is missing). The package writes
 * `path.txt` (the binary's path inside `dist/`) only once the binary was downloaded, and
 * `ELECTRON_SKIP_BINARY_DOWNLOAD=1` or an unreachable download host leaves neither.
 */
export function checkElectronBinary(install: ElectronInstall): ElectronCheck {
  if (install.packageDir === null) return { ok: false, missing: 'the electron package (node_modules/electron)' };
  const relative = install.readText(join(install.packageDir, 'path.txt'))?.trim() || null;
  if (install.overrideDistPath) {
    const binary = join(install.overrideDistPath, relative ?? 'electron');
    return install.exists(binary) ? { ok: true, binary } : { ok: false, missing: `${binary} (named by ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (relative === null) return { ok: false, missing: 'the Electron binary (node_modules/electron/dist was never downloaded)' };
  const binary = join(install.packageDir, 'dist', relative);
  return install.exists(binary) ? { ok: true, binary } : { ok: false, missing: `the Electron binary (${binary})` };
}

/** What `npm start` prints when Electron cannot start: what is missing, and the two ways on. */
export function explainMissingElectron(missing: string): string {
  return [
    `The desktop app cannot start: ${missing} is missing.`,
    'This happens when npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or could not reach',
    "Electron's download host.",
    '',
    'To run the same app in a browser instead (the web host), run:',
    '',
    '  npm run start:web',
    '',
    'and open the http://127.0.0.1 address it prints. To install the desktop app\'s binary, run',
    '`npm rebuild electron` on a machine that can reach Electron\'s download host.',
    '',
  ].join('\n');
}
