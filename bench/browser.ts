// The headless Chromium every bench runs in: Debian's (Playwright cannot download its own here).
import { chromium, type Browser } from '@playwright/test';

const baseArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The bench browser. `unlimitedFrameRate`: frames are produced as soon as the page has work to
 * show, not at the next 60 Hz refresh, so a latency measured to "painted" is the page's own
 * work and not also the wait for the display (0 to 16.7 ms, whatever the page does).
 */
export function launchBenchBrowser(options: { unlimitedFrameRate?: boolean } = {}): Promise<Browser> {
  const frameArgs = options.unlimitedFrameRate ? ['--disable-gpu-vsync', '--disable-frame-rate-limit'] : [];
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...baseArgs, ...frameArgs] });
}
