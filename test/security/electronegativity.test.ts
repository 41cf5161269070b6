// Electronegativity in `npm test`: the app's sources pass, a planted insecure window does not
// (so a pass means something), and every check the tool has is either denied or review-only.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deniedChecks, deniedFindings, reviewOnlyChecks, scanSources, staleReviews } from './electronegativity';

const sarifDir = join(import.meta.dirname, '../../test-results');

describe('Electronegativity', () => {
  it('finds nothing denied in electron/ and renderer/, and every reviewed finding still occurs', async () => {
    const findings = await scanSources({ folders: ['electron', 'renderer'], sarifPath: join(sarifDir, 'electronegativity.sarif') });
    expect(deniedFindings(findings)).toEqual([]);
    expect(staleReviews(findings)).toEqual([]);
  }, 120_000);

  it('fails an insecure window, a page without a policy, no navigation limits and no permission handler (the control: the scan sees TypeScript sources)', async () => {
    const findings = await scanSources({
      folders: [],
      sarifPath: join(sarifDir, 'electronegativity-control.sarif'),
      extraFiles: {
        'electron/insecureWindow.ts': [
          "import { BrowserWindow } from 'electron';",
          'export function open(url: string): BrowserWindow {',
          '  const window: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
          '  void window.loadURL(url);',
          '  return window;',
          '}',
        ].join('\n'),
        'renderer/index.html': '<!doctype html><html><head><title>x</title></head><body></body></html>',
      },
    });
    const denied = new Set(deniedFindings(findings).map((f) => f.ruleId));
    const expected = ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'AUXCLICK_JS_CHECK', 'CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'];
    for (const id of expected) {
      expect(denied, id).toContain(id);
    }
  }, 120_000);

  it('classifies every check the installed tool has, so an upgrade cannot add one silently', async () => {
    const checksDir = join(dirname(createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js')), 'finder/checks');
    const ids = new Set<string>();
    for (const kind of ['AtomicChecks', 'GlobalChecks']) {
      for (const file of (await readdir(join(checksDir, kind))).filter((f) => f.endsWith('.js'))) {
        for (const match of (await readFile(join(checksDir, kind, file), 'utf8')).matchAll(/this\.id = "([A-Z_]+)"/g)) ids.add(match[1] ?? '');
      }
    }
    const classified = new Set([...deniedChecks, ...Object.keys(reviewOnlyChecks), 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK']);
    expect([...ids].filter((id) => !classified.has(id))).toEqual([]);
    expect(ids.size).toBeGreaterThan(30);
  });
});
