import { describe, expect, it } from 'vitest';
import { checkElectronBinary, explainMissingElectron, type ElectronInstall } from './electronBinary';

/** An install whose files are the keys of `files` (text, or '' for a binary). */
const install = (files: Record<string, string>, extra: Partial<ElectronInstall> = {}): ElectronInstall => ({
  packageDir: '/app/node_modules/electron',
  exists: (path) => path in files,
  readText: (path) => files[path] ?? null,
  ...extra,
});

describe('npm start: is there an Electron binary?', () => {
  it('finds the binary the package downloaded', () => {
    const files = { '/app/node_modules/electron/path.txt': 'electron', '/app/node_modules/electron/dist/electron': '' };
    expect(checkElectronBinary(install(files))).toEqual({ ok: true, binary: '/app/node_modules/electron/dist/electron' });
  });

  it('says the binary was never downloaded when the install skipped it (no path.txt)', () => {
    const check = checkElectronBinary(install({}));
    expect(check).toEqual({ ok: false, missing: 'the Electron binary (node_modules/electron/dist was never downloaded)' });
  });

  it('says which file is missing when path.txt names a binary that is gone', () => {
    const check = checkElectronBinary(install({ '/app/node_modules/electron/path.txt': 'electron\n' }));
    expect(check).toEqual({ ok: false, missing: 'the Electron binary (/app/node_modules/electron/dist/electron)' });
  });

  it('says the package itself is missing', () => {
    expect(checkElectronBinary(install({}, { packageDir: null }))).toEqual({ ok: false, missing: 'the electron package (node_modules/electron)' });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH as the package does', () => {
    expect(checkElectronBinary(install({ '/opt/electron/electron': '' }, { overrideDistPath: '/opt/electron' }))).toEqual({
      ok: true,
      binary: '/opt/electron/electron',
    });
    expect(checkElectronBinary(install({}, { overrideDistPath: '/opt/electron' }))).toMatchObject({ ok: false, missing: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
  });

  it('explains in words what is missing and how to run the web host instead', () => {
    const text = explainMissingElectron('the Electron binary (node_modules/electron/dist was never downloaded)');
    expect(text).toMatch(/^The desktop app cannot start: the Electron binary \(node_modules\/electron\/dist was never downloaded\) is missing\./);
    expect(text).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    expect(text).toContain('  npm run start:web\n');
    expect(text).toContain('npm rebuild electron');
    expect(text).not.toMatch(/uninstall/i);
  });
});
