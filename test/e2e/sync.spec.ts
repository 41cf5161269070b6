// Two devices of one workspace against a real sync server (started by playwright.config.ts):
// offline edits converge, a concurrent status change becomes a conflict that one officer resolves
// and the other sees resolved, and a revoked device erases its copy. Each device is its own
// browser context, so its own profile and IndexedDB.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { enrolledBrowserDevices, type BrowserDevice } from './support/browserDevices';
import { admin } from './support/syncAdmin';

interface Device extends BrowserDevice {
  list: CaseListPage;
  detail: CaseDetailPage;
}

const officers = ['Nguyễn Văn An', 'Trần Thị Bình'];

const withCasePages = (device: BrowserDevice): Device => ({ ...device, list: new CaseListPage(device.page), detail: new CaseDetailPage(device.page) });

/** A workspace with two officers, each with an enrolled device. */
async function twoEnrolledDevices(browser: Browser, baseURL: string): Promise<[Device, Device]> {
  const [a, b] = await enrolledBrowserDevices(browser, baseURL, `Attaché office ${test.info().testId}`, officers);
  return [withCasePages(a!), withCasePages(b!)];
}

async function createCase(device: Device, title: string): Promise<void> {
  await device.list.goto();
  const form = await device.list.newCase();
  await form.title.fill(title);
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.save();
  await expect(device.detail.heading).toHaveText(title);
}

async function openCase(device: Device, title: string): Promise<void> {
  await device.list.goto();
  await device.list.row(title).getByRole('link').first().click();
  await expect(device.detail.heading).toHaveText(title);
}

async function editCase(device: Device, fill: (main: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  const form = await device.detail.edit();
  await fill(form.main);
  await form.save();
}

test('a case created and edited offline on one device, and edited on the other, ends up with every edit on both', async ({ browser, baseURL }) => {
  const [a, b] = await twoEnrolledDevices(browser, baseURL!);

  await a.context.setOffline(true);
  await createCase(a, 'Plywood via Hải Phòng');
  await editCase(a, (main) => main.getByRole('textbox', { name: 'Title' }).fill('Plywood via Hải Phòng (EAPA)'));
  await expect(a.sync.status).toHaveAttribute('data-pending', /[1-9]/);
  await a.context.setOffline(false);
  await a.sync.expectUpToDate();

  // B hears of it from the server's poke and shows it without being asked.
  await b.list.goto();
  await expect(b.list.row('Plywood via Hải Phòng (EAPA)')).toBeVisible({ timeout: 20_000 });

  // Both edit other fields of the case at the same time, A without a network.
  await a.context.setOffline(true);
  await editCase(a, (main) => main.getByRole('textbox', { name: 'Title' }).fill('Plywood via Hải Phòng (EAPA 7892)'));
  await openCase(b, 'Plywood via Hải Phòng (EAPA)');
  await editCase(b, (main) => main.getByRole('textbox', { name: 'Legal basis' }).fill('CMAA US–VN (2019), Art. 3'));
  await b.sync.expectUpToDate();
  await a.context.setOffline(false);
  await a.sync.expectUpToDate();

  for (const device of [a, b]) {
    await openCase(device, 'Plywood via Hải Phòng (EAPA 7892)');
    await expect(device.detail.main.getByText('CMAA US–VN (2019), Art. 3', { exact: true })).toBeVisible({ timeout: 20_000 });
  }
  await Promise.all([a.context.close(), b.context.close()]);
});

test('a concurrent status change becomes a conflict; one officer resolves it and the other sees it resolved', async ({ browser, baseURL }) => {
  const [a, b] = await twoEnrolledDevices(browser, baseURL!);
  await a.page.setViewportSize({ width: 1280, height: 760 });
  await createCase(a, 'Aluminium extrusions, Form D doubts');
  await a.detail.move('Open case');
  await a.sync.expectUpToDate();
  await openCase(b, 'Aluminium extrusions, Form D doubts');
  await expect(b.detail.status('Open')).toBeVisible({ timeout: 20_000 });

  // B, offline, marks it awaiting reply while A closes it.
  await b.context.setOffline(true);
  await b.detail.move('Mark awaiting reply');
  await a.detail.close('Confirmed');
  await a.sync.expectUpToDate();
  await b.context.setOffline(false);
  await b.sync.expectUpToDate();

  for (const device of [a, b]) {
    await expect(device.page.getByRole('link', { name: /^Conflicts \(1 open conflict\)/ })).toBeVisible({ timeout: 20_000 });
  }
  await a.page.getByRole('link', { name: /^Conflicts/ }).click();
  const conflict = a.page.getByRole('article', { name: /^Status of .*Aluminium extrusions, Form D doubts/ });
  await expect(conflict).toContainText('Closed');
  await expect(conflict).toContainText('Awaiting reply');
  await a.page.screenshot({ path: 'docs/screenshots/conflict.png' });
  await conflict.getByRole('button', { name: `Keep ${officers[0]}’s value` }).click();
  await expect(a.page.getByText('No open conflicts')).toBeVisible();
  await a.sync.expectUpToDate();

  await b.page.getByRole('link', { name: /^Conflicts/ }).click();
  await expect(b.page.getByText('No open conflicts')).toBeVisible({ timeout: 20_000 });
  await expect(b.page.getByText('Resolved (1)')).toBeVisible();
  await openCase(b, 'Aluminium extrusions, Form D doubts');
  await expect(b.detail.status('Closed')).toBeVisible();
  await Promise.all([a.context.close(), b.context.close()]);
});

test('a case closed on one device while the other set it awaiting reply: the other value can be chosen, reopening the case (issue 11, item 5)', async ({ browser, baseURL }) => {
  const [a, b] = await twoEnrolledDevices(browser, baseURL!);
  const title = 'Steel wire rod, origin doubts';
  await createCase(a, title);
  await a.detail.move('Open case');
  await a.sync.expectUpToDate();
  await openCase(b, title);
  await expect(b.detail.status('Open')).toBeVisible({ timeout: 20_000 });

  // Device 2 (Bình), offline, sets "Awaiting reply"; device 1 (An) closes the case "Not confirmed".
  await b.context.setOffline(true);
  await b.detail.move('Mark awaiting reply');
  await a.detail.close('Not confirmed');
  await a.sync.expectUpToDate();
  await b.context.setOffline(false);
  await b.sync.expectUpToDate();

  // The case's own page says it has a conflict, in English and in Vietnamese, with a link to it.
  await openCase(b, title);
  const marker = b.detail.main.getByRole('status').filter({ hasText: 'This case has a conflicting change' });
  await expect(marker).toBeVisible({ timeout: 20_000 });
  await new AppShell(b.page).switchLanguage('vi');
  await expect(b.detail.main.getByText('Vụ việc này có 1 thay đổi xung đột')).toBeVisible();
  await expect(b.detail.main.getByRole('link', { name: 'Xử lý', exact: true })).toBeVisible();
  await new AppShell(b.page).switchLanguage('en');

  await a.sync.syncNow();
  await openCase(a, title);
  await a.detail.main.getByRole('link', { name: 'Resolve', exact: true }).click();
  const conflict = a.page.getByRole('article', { name: new RegExp(`^Status of .*${title}`) });
  await expect(conflict).toBeFocused();
  // Choosing Bình's value asks in the card: the case is reopened first, its outcome cleared.
  await conflict.getByRole('button', { name: `Use ${officers[1]}’s value` }).click();
  const question = conflict.getByRole('group', { name: 'To use “Awaiting reply”:' });
  await expect(question).toContainText('The status moves Closed → Open → Awaiting reply');
  await expect(question).toContainText('Reopening clears the outcome “Not confirmed”');
  await question.getByRole('button', { name: 'Reopen and apply' }).click();
  await expect(a.page.getByText('No open conflicts')).toBeVisible();
  await expect(a.page.getByRole('alert')).toHaveCount(0);

  await openCase(a, title);
  await expect(a.detail.status('Awaiting reply')).toBeVisible();
  await expect(a.detail.main.getByText('This case has a conflicting change')).toHaveCount(0);
  await a.sync.expectUpToDate();
  // The other device follows: the case awaits a reply there too, with no conflict left.
  await b.sync.syncNow();
  await openCase(b, title);
  await expect(b.detail.status('Awaiting reply')).toBeVisible({ timeout: 20_000 });
  await expect(b.detail.main.getByText('This case has a conflicting change')).toHaveCount(0);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('a device revoked by the administrator erases its copy of the workspace and says why', async ({ browser, baseURL }) => {
  const [a, b] = await twoEnrolledDevices(browser, baseURL!);
  await createCase(a, 'Quartz slabs, AD/CVD evasion');
  await a.sync.expectUpToDate();
  await b.list.goto();
  await expect(b.list.row('Quartz slabs, AD/CVD evasion')).toBeVisible({ timeout: 20_000 });

  await admin('revoke-device', '--device', await b.sync.deviceId());
  await b.sync.syncNow();
  const notice = b.page.getByTestId('revoked-notice');
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText('This device was removed from');
  await b.page.getByTestId('revoked-continue').click();
  await b.list.goto();
  await expect(b.list.emptyState).toBeVisible();
  expect(await b.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContainEqual(expect.stringMatching(/^attache-ws-(?!local)/));
  await Promise.all([a.context.close(), b.context.close()]);
});
