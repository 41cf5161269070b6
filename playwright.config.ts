// End-to-end specs drive the real renderer, built for the web host, in Debian's Chromium
// (Playwright cannot download its own browsers here). Each test gets a fresh browser context,
// which is a fresh profile: its own IndexedDB and localStorage.
import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4319);
const syncServerPort = Number(process.env.E2E_SYNC_PORT ?? 8799);
export const syncServerUrl = `http://127.0.0.1:${syncServerPort}`;
// A run on its own sync port (parallel runs in one checkout) gets its own data folder too: the
// server empties it at start and the admin commands find the server through a file in it.
export const syncServerDataDir = process.env.E2E_SYNC_PORT ? `out/e2e-sync-server-${syncServerPort}` : 'out/e2e-sync-server';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A real sync server for the two-device specs, on a fresh data folder each run (PGlite, or
      // the PostgreSQL of DATABASE_URL when CI sets one). The app's web origin may call it.
      // Every spec's device enrolls from 127.0.0.1, so enrollment's 10 a minute per address is raised.
      command: `rm -rf ${syncServerDataDir} && npx tsx server/main.ts`,
      url: `${syncServerUrl}/v1/health`,
      env: { PORT: String(syncServerPort), ATTACHE_DATA_DIR: syncServerDataDir, ATTACHE_WEB_ORIGINS: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn', ATTACHE_ENROLL_RATE_LIMIT: '1000' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
  projects: [
    { name: 'web', testDir: 'test/e2e' },
    // Runs the packaged main process where an Electron binary exists; skips itself, saying why, where none does.
    { name: 'electron', testDir: 'test/electron' },
  ],
});
