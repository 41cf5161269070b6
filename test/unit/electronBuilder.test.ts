// electron-builder.yml is configuration, but a wrong line ships a weaker or larger app: this
// checks what the installers contain and which fuses they flip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  linux: { target: string[]; category: string; icon: string };
  win: { target: string[] };
  mac: { target: string[] };
  electronFuses: Record<string, boolean>;
}

const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('identifies the app and writes installers to dist/', () => {
    expect(config.appId).toBe('org.attache.desktop');
    expect(config.productName).toBe('Attaché');
    expect(config.directories.output).toBe('dist');
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb for Linux (Office, icons from assets/), NSIS for Windows and dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.icon).toMatch(/^assets\/?/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the built bundles and package.json, and excludes maps, tests and sources', () => {
    const includes = config.files.filter((p) => !p.startsWith('!'));
    const excludes = config.files.filter((p) => p.startsWith('!'));
    expect(includes.sort()).toEqual(['out/**', 'package.json']);
    expect(excludes).toContain('!**/*.map');
    expect(excludes.some((p) => p.includes('*.test.'))).toBe(true);
    expect(excludes.some((p) => /\{?ts,tsx\}?/.test(p))).toBe(true);
    for (const folder of ['electron', 'renderer', 'shared', 'server', 'test']) {
      expect(excludes.some((p) => p.startsWith('!{') && p.includes(folder))).toBe(true);
    }
  });

  it('flips every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
