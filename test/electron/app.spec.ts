// Drives the built desktop app through Playwright's Electron support. It needs the real Electron
// binary, which the build machines cannot download (ELECTRON_SKIP_BINARY_DOWNLOAD=1): there the
// suite reports itself as skipped and says why. It needs `electron-vite build` to have run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type { AttacheBridge } from '../../shared/ipc/contract';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const mainEntry = path.join(projectRoot, 'out', 'main', 'index.js');

/**
 * Where the electron package says its binary is, found the way its own index.js does (path.txt
 * under dist/, or ELECTRON_OVERRIDE_DIST_PATH), but without `require('electron')`, which would
 * try to download the binary.
 */
function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile) && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { missing: `${pathFile} does not exist, so the package never installed a binary` };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

const binary = findElectronBinary();
// Chromium refuses to start as root with its OS sandbox (as in containers); the renderer
// sandbox this suite checks is the app's `sandbox: true`, which still applies.
const runsAsRoot = process.getuid?.() === 0;

test.describe('desktop app', () => {
  let app: ElectronApplication;
  let window: Page;
  let profileDir: string;

  test.beforeAll(async () => {
    if ('missing' in binary) {
      const reason = `Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1): ${binary.missing}`;
      // Printed as well as recorded, so the skip and its reason show in the plain test output.
      process.stdout.write(`desktop app suite skipped: ${reason}\n`);
      test.skip(true, reason);
      return;
    }
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npx electron-vite build\` first`).toBe(true);
    profileDir = mkdtempSync(path.join(os.tmpdir(), 'attache-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      args: [...(runsAsRoot ? ['--no-sandbox'] : []), `--user-data-dir=${profileDir}`, mainEntry],
      cwd: projectRoot,
      // Without ELECTRON_RENDERER_URL, so the app serves its built renderer over app://.
      env: Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'ELECTRON_RENDERER_URL')) as Record<string, string>,
    });
    window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  test('loads the renderer from app://attache with the strict CSP', async () => {
    expect(window.url()).toMatch(/^app:\/\/attache\//);
    const csp = await window.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  test('runs the page sandboxed, isolated and without Node', async () => {
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridgeKeys: Object.keys((window as unknown as { attache: AttacheBridge }).attache).sort(),
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridgeKeys: ['invoke', 'onMenuCommand'] });

    const renderers = await app.evaluate(({ app: electronApp }) =>
      electronApp.getAppMetrics().filter((m) => m.type === 'Tab').map((m) => m.sandboxed ?? false),
    );
    expect(renderers.length).toBeGreaterThan(0);
    if (!runsAsRoot) expect(renderers.every(Boolean)).toBe(true);
  });

  test('answers the typed bridge and refuses links outside the allow-list', async () => {
    const [info, link] = await window.evaluate(async () => {
      const { attache } = window as unknown as { attache: AttacheBridge };
      return Promise.all([attache.invoke('app:info', {}), attache.invoke('links:openExternal', { url: 'file:///etc/passwd' })]);
    });
    expect(info).toMatchObject({ ok: true, value: { name: expect.any(String), version: expect.any(String) } });
    expect(link).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
  });
});
