// A laptop's page reloaded or closed in the middle of its work loses nothing and carries on by
// itself (issue 15, crash durability): a first download several pages long, a push the server
// applied but whose answer never arrived, an attachment's upload, and a risk-list import caught
// while it writes. Each time the request in flight is held (support/heldRequest) so the page goes
// at that exact moment; afterwards the device holds every row once, the server every change once
// (read back by another device of the workspace), nothing waits and no conflict was made.
import { createHash, randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { syncServerUrl } from '../../playwright.config';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { CaseListPage } from './pages/CasePages';
import { SyncPanel } from './pages/SyncPanel';
import { openBrowserDevice, type BrowserDevice } from './support/browserDevices';
import { holdNextRequest } from './support/heldRequest';
import { expect, lockScreens, passLock, passingLock, test } from './support/lock';
import { enrollPeer, type PeerDevice, type PeerRecord } from './support/peerDevice';
import { workspaceWithMembers } from './support/syncAdmin';

const pullUrl = `${syncServerUrl}/v1/sync/pull`;
const pushUrl = `${syncServerUrl}/v1/sync/push`;
const blobUrl = `${syncServerUrl}/v1/blobs/*`;

interface Office {
  /** This laptop, in the browser; enrolled by each test when it needs it. */
  device: BrowserDevice;
  code: string;
  /** The officer's other laptop, from Node: what the server holds, as another device pulls it. */
  peer: PeerDevice;
}

async function office(browser: Parameters<typeof openBrowserDevice>[0], baseURL: string): Promise<Office> {
  const { codes } = await workspaceWithMembers(`Crash office ${test.info().testId}`, ['Officer on this laptop', 'Officer on the other laptop']);
  const peer = await enrollPeer(syncServerUrl, codes[1]!);
  return { device: await openBrowserDevice(browser, baseURL), code: codes[0]!, peer };
}

/** Closes the page (no unload handler runs) and opens the app again in the same profile. */
async function closeAndReopen(context: BrowserContext, page: Page): Promise<{ page: Page; sync: SyncPanel }> {
  await page.close();
  const next = passingLock(await context.newPage());
  await next.goto('/#/cases');
  return { page: next, sync: new SyncPanel(next) };
}

async function expectNoConflicts(page: Page): Promise<void> {
  await page.goto('/#/conflicts');
  await expect(page.getByText('No open conflicts')).toBeVisible();
}

/** Every record of `table` the server holds, as the other laptop pulls them. */
async function serverRecords(peer: PeerDevice, table: string): Promise<Record<string, unknown>[]> {
  const all = await peer.pullAll();
  return [...all].filter(([key]) => key.startsWith(`${table}/`)).map(([, fields]) => fields);
}

function createCase(page: Page, title: string): Promise<unknown> {
  return new CaseListPage(page).createCase(title);
}

function peerCases(count: number): PeerRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const id = uuidv7();
    const fields = { ...sampleRecords.cases, id, reference: `2026-CRSH-${String(i + 1).padStart(4, '0')}`, title: `Transshipment lead ${i + 1} from the other laptop` };
    return { table: 'cases' as const, id, fields };
  });
}

test('a download of 3,000 rows cut by a reload, then by closing the page, resumes where it stopped: every row once, nothing pending, no conflict', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { device, code, peer } = await office(browser, baseURL!);
  const [first, ...rest] = peerCases(3001);
  await peer.push([first!]);
  await device.sync.enroll(syncServerUrl, code, 'Laptop of the officer');
  // While this laptop is away the other one sends 3,000 cases: three pages of 1,000 to catch up.
  await device.context.setOffline(true);
  for (let i = 0; i < rest.length; i += 1000) await peer.push(rest.slice(i, i + 1000));

  const cursors: number[] = [];
  device.context.on('request', (request) => {
    if (request.url() === pullUrl) cursors.push((request.postDataJSON() as { cursor: number }).cursor);
  });
  // The second page is held: the first arrives and is written, then the page reloads.
  const secondPage = await holdNextRequest(device.context, pullUrl, { reachServer: false, after: 1 });
  await device.context.setOffline(false);
  const heldCursor = ((await secondPage.reached).postDataJSON() as { cursor: number }).cursor;
  await expect(device.page.getByTestId('sync-status-label')).toHaveText(/1,?000 records received/);
  // The page after the reload: the server answers it, the answer is lost as the page is closed.
  const afterReload = await holdNextRequest(device.context, pullUrl, { reachServer: true });
  await device.page.reload();
  const resumed = (await afterReload.reached).postDataJSON() as { cursor: number };
  await secondPage.release();
  expect(resumed.cursor, 'after the reload the download goes on from the rows it kept').toBe(heldCursor);
  expect(heldCursor).toBeGreaterThan(1);

  const pullsBeforeClose = cursors.length;
  const { page, sync } = await closeAndReopen(device.context, device.page);
  await afterReload.release();
  await sync.expectUpToDate();
  expect(cursors[pullsBeforeClose], 'the reopened page asks again for the page whose answer it never got').toBe(resumed.cursor);

  const list = new CaseListPage(page);
  await list.goto();
  await expect(list.count).toHaveText('3,001 cases');
  await expectNoConflicts(page);
  await device.context.close();
});

test('cases saved offline: a push applied by the server whose answer was lost, then a push lost on the way, each followed by a reload or a closed page, reach the server once', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { device, code, peer } = await office(browser, baseURL!);
  await device.sync.enroll(syncServerUrl, code, 'Laptop of the officer');
  const { context } = device;
  // Every push answer the page is given, read here and not from the page: a reload or a closed
  // page takes the body of a response with it, and reading it there failed the test now and then.
  // The held push never gets here (holdNextRequest's route runs first): its answer is lost on purpose.
  // Offline, the route fails the push as the network would: `route.fetch` is made from outside the
  // browser, where `setOffline` does not reach, and a push sent just as the page went offline got
  // through (CI, once).
  const answers: { status: string }[][] = [];
  let offline = false;
  const setOffline = async (value: boolean) => {
    offline = value;
    await context.setOffline(value);
  };
  await context.route(pushUrl, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    if (offline) return route.abort('internetdisconnected');
    const response = await route.fetch();
    const body = await response.text();
    if (response.ok()) answers.push((JSON.parse(body) as { results: { status: string }[] }).results);
    return route.fulfill({ response, body });
  });

  const titles = ['Plywood via Hải Phòng, lot 1', 'Plywood via Hải Phòng, lot 2', 'Plywood via Hải Phòng, lot 3'];
  await setOffline(true);
  for (const title of titles) await createCase(device.page, title);
  await expect(device.sync.status).toHaveAttribute('data-pending', '3');
  const applied = await holdNextRequest(context, pushUrl, { reachServer: true });
  await setOffline(false);
  await applied.reached;
  await device.page.reload();
  await applied.release();
  await device.sync.expectUpToDate();
  // The replay was recognised, not applied a second time.
  await expect.poll(() => answers.flat().map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);

  const lastTitle = 'Plywood via Hải Phòng, lot 4';
  await setOffline(true);
  await createCase(device.page, lastTitle);
  await expect(device.sync.status).toHaveAttribute('data-pending', '1');
  const lost = await holdNextRequest(context, pushUrl, { reachServer: false });
  await setOffline(false);
  await lost.reached;
  const { page, sync } = await closeAndReopen(context, device.page);
  await lost.release();
  await sync.expectUpToDate();

  const onServer = (await serverRecords(peer, 'cases')).map((c) => c.title).sort();
  expect(onServer).toEqual([...titles, lastTitle].sort());
  const list = new CaseListPage(page);
  await list.goto();
  await expect(list.count).toHaveText('4 cases');
  for (const title of [...titles, lastTitle]) await expect(list.row(title)).toHaveCount(1);
  await expectNoConflicts(page);
  await context.close();
});

test('an attachment whose upload is cut by a reload, then by closing the page once the server has the bytes, reaches the other laptop with the same bytes', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { device, code, peer } = await office(browser, baseURL!);
  await device.sync.enroll(syncServerUrl, code, 'Laptop of the officer');
  const { context } = device;
  const title = 'Aluminium extrusions, C/O verification';
  await createCase(device.page, title);
  await device.sync.expectUpToDate();

  const bytes = randomBytes(1_500_000);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lostOnTheWay = await holdNextRequest(context, blobUrl, { method: 'PUT', reachServer: false });
  const chooser = device.page.waitForEvent('filechooser');
  await device.page.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles({ name: 'C-O form B 00123.pdf', mimeType: 'application/pdf', buffer: bytes });
  expect((await lostOnTheWay.reached).url()).toBe(`${syncServerUrl}/v1/blobs/${sha256}`);
  // The attachment's record waits behind its bytes.
  await expect(device.sync.status).toHaveAttribute('data-pending', '1');

  const answerLost = await holdNextRequest(context, blobUrl, { method: 'PUT', reachServer: true });
  await device.page.reload();
  await lostOnTheWay.release();
  await answerLost.reached;
  const { page, sync } = await closeAndReopen(context, device.page);
  await answerLost.release();
  await sync.expectUpToDate();

  const attachments = await serverRecords(peer, 'attachments');
  expect(attachments.map((a) => [a.fileName, a.sha256])).toEqual([['C-O form B 00123.pdf', sha256]]);
  expect(Buffer.from(await peer.getBlob(sha256)).equals(bytes)).toBe(true);
  await page.goto('/#/cases');
  await new CaseListPage(page).row(title).getByRole('link').first().click();
  await expect(page.getByTestId('case-attachments').getByRole('row').filter({ hasText: 'C-O form B 00123.pdf' })).toHaveCount(1);
  await context.close();
});

const riskListHeader = 'source_ref,subject_type,name,name_latin,identifiers,country,hs_code,goods_description,risk_categories,risk_level';

test('a risk list import cut by a reload while it writes leaves the list whole or absent, never half; imported again it is there once, and syncs whole', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { device, code, peer } = await office(browser, baseURL!);
  await device.sync.enroll(syncServerUrl, code, 'Laptop of the officer');
  const { page, sync } = device;
  // The write is one transaction whatever the size: more rows would only lengthen the checking.
  const size = 2_000;
  const shown = size.toLocaleString('en-US');
  const importButton = new RegExp(`^Import (${size}|${shown}) entries$`);
  const rows = Array.from({ length: size }, (_, i) => `${i + 1},company,Công ty TNHH Thương mại Số ${i + 1},,,VN,,,transshipment,high`);
  const file = { name: 'watch-2026-3.csv', mimeType: 'text/csv', buffer: Buffer.from([riskListHeader, ...rows].join('\r\n'), 'utf8') };
  const listName = 'Transshipment watch list';

  const importList = async () => {
    await page.goto('/#/risk-lists/import');
    await page.getByRole('textbox', { name: 'List name' }).fill(listName);
    await page.getByRole('textbox', { name: 'Issuing authority' }).fill('U.S. Customs and Border Protection');
    await page.getByRole('textbox', { name: 'Edition' }).fill('2026/3');
    await page.getByLabel('List file').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: `The file holds ${size} valid entries and no errors.` })).toBeVisible({ timeout: 30_000 });
  };

  await importList();
  // The page reloads itself the moment it says it is saving: the write is then under way.
  await page.evaluate(() => {
    const saving = () => document.querySelector('.import-progress [role="status"]')?.textContent?.startsWith('Saving the list');
    new MutationObserver(() => {
      if (saving()) location.reload();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: importButton }).click();
  // The lock screen is what a reloaded page opens on: the reload did happen.
  await expect(lockScreens(page).unlock).toBeVisible({ timeout: 30_000 });
  await passLock(page);

  await page.goto('/#/risk-lists');
  const lists = page.getByRole('grid', { name: 'Risk lists' }).getByRole('row').filter({ hasText: listName });
  const saved = await page.getByText('No risk list yet').or(lists).first().textContent();
  const survived = saved !== null && saved.includes(listName);
  test.info().annotations.push({ type: 'after the reload', description: survived ? 'the list was whole' : 'nothing was saved' });
  if (!survived) {
    await importList();
    await page.getByRole('button', { name: importButton }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${listName} (2026/3)` })).toBeVisible({ timeout: 30_000 });
    await page.goto('/#/risk-lists');
  }
  await expect(lists).toHaveCount(1);
  await lists.click();
  await expect(page.getByRole('status').filter({ hasText: `${shown} of ${shown} entries` })).toBeVisible({ timeout: 30_000 });

  await sync.expectUpToDate();
  const onServer = await serverRecords(peer, 'riskLists');
  expect(onServer.map((l) => [l.name, l.entryCount])).toEqual([[listName, size]]);
  const pack = await peer.getBlob(String(onServer[0]!.entriesSha256));
  expect(pack.length).toBeGreaterThan(0);
  await device.context.close();
});
