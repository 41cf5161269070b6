// Devices of one workspace as separate browser contexts (each its own profile and IndexedDB),
// enrolled against the real sync server that playwright.config.ts starts. Used where two
// officers' laptops must both run the app: sync.spec.ts, meetingsSync.spec.ts.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { syncServerUrl } from '../../../playwright.config';
import { SyncPanel } from '../pages/SyncPanel';
import { passingLock } from './lock';
import { workspaceWithMembers } from './syncAdmin';

export interface BrowserDevice {
  context: BrowserContext;
  page: Page;
  sync: SyncPanel;
}

export async function openBrowserDevice(browser: Browser, baseURL: string): Promise<BrowserDevice> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = passingLock(await context.newPage());
  return { context, page, sync: new SyncPanel(page) };
}

/** A new workspace with one member per officer, each with a device enrolled as "Laptop of <officer>". */
export async function enrolledBrowserDevices(browser: Browser, baseURL: string, workspace: string, officers: readonly string[]): Promise<BrowserDevice[]> {
  const { codes } = await workspaceWithMembers(workspace, [...officers]);
  const devices: BrowserDevice[] = [];
  for (const [i, officer] of officers.entries()) {
    const device = await openBrowserDevice(browser, baseURL);
    await device.sync.enroll(syncServerUrl, codes[i]!, `Laptop of ${officer}`);
    devices.push(device);
  }
  return devices;
}
