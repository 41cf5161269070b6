// `npm start` runs this before `electron-vite preview`: where no Electron binary was installed it
// says so in words, with the way to the web host, instead of electron-vite's "Electron uninstall".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { checkElectronBinary, explainMissingElectron } from './electronBinary';

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const check = checkElectronBinary({
  packageDir: electronPackageDir(),
  overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH,
  exists: existsSync,
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
});
if (!check.ok) {
  process.stderr.write(explainMissingElectron(check.missing));
  process.exitCode = 1;
}
