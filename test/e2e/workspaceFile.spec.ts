// A workspace carried without a network (issue 15): profile A exports it as one encrypted file,
// a fresh profile B (its own lock, its own IndexedDB) imports it: a wrong passphrase imports
// nothing and says so, the right one brings the case and its attached file, bytes intact. The
// export is in the case's activity: the whole workspace left the app.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { CaseActivity } from './pages/AuditPages';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { openBrowserDevice } from './support/browserDevices';
import { e2ePassphrase, expect, test } from './support/lock';

const filePassphrase = 'hộ chiếu Geneva mưa phùn 1962';
const title = 'Plywood from Hải Phòng, C/O form E verification';
const certificate = Buffer.from('%PDF-1.7\nCertificate of origin form E 00123, Hải Phòng\n');

function workspaceFileSection(page: Page): Locator {
  return page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Workspace file' }) });
}

test('a workspace exported as one encrypted file is imported on a fresh profile; a wrong passphrase imports nothing', async ({ page, browser, baseURL }) => {
  await new CaseListPage(page).createCase(title);
  const attachments = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Attachments' }) });
  const chooser = page.waitForEvent('filechooser');
  await attachments.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles({ name: 'C-O form E 00123.pdf', mimeType: 'application/pdf', buffer: certificate });
  await expect(page.getByTestId('case-attachments').getByRole('row').filter({ hasText: 'C-O form E 00123.pdf' })).toBeVisible();

  // Export, by keyboard: the passphrase twice, Enter.
  await page.goto('/#/settings');
  const section = workspaceFileSection(page);
  await section.getByRole('button', { name: 'Export workspace…' }).click();
  const exporting = section.getByTestId('export-workspace');
  await exporting.getByLabel(/^Passphrase for the file/).fill(filePassphrase);
  await exporting.getByLabel(/^Type the passphrase again/).fill(filePassphrase);
  await expect(exporting.getByTestId('passphrase-strength')).toBeVisible();
  const download = page.waitForEvent('download');
  await exporting.getByLabel(/^Type the passphrase again/).press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^attache-workspace-this-device-\d{4}-\d{2}-\d{2}\.attache$/);
  const file = await readFile((await saved.path())!);
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x41, 0x54, 0x57, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(file.includes('Hải Phòng')).toBe(false);
  expect(file.includes('Certificate of origin')).toBe(false);
  const exported = section.getByTestId('workspace-file-counts');
  await expect(exported).toContainText('Cases: 1');
  await expect(exported).toContainText('Attached files: 1');
  const list = new CaseListPage(page);
  await list.goto();
  await list.row(title).getByRole('link').first().click();
  await expect(new CaseActivity(page).rows('Exported')).toHaveCount(1);

  // Profile B: a fresh browser context, its own lock set up on the first visit.
  const b = await openBrowserDevice(browser, baseURL!);
  try {
    await b.page.goto('/#/settings');
    const importing = workspaceFileSection(b.page).getByTestId('import-workspace');
    await importing.getByLabel('Workspace file (.attache)').setInputFiles({ name: saved.suggestedFilename(), mimeType: 'application/octet-stream', buffer: file });
    const passphrase = importing.getByLabel(/^Passphrase of the file/);
    // The lock's passphrase is not the file's.
    await passphrase.fill(e2ePassphrase);
    await passphrase.press('Enter');
    await expect(importing.getByText('Wrong passphrase, or the file is damaged. Check the passphrase and try again. Nothing was imported.')).toBeVisible();
    await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    // Nothing was written: the form is still offered (it is only offered while the profile holds no record).
    await expect(importing).toBeVisible();

    await passphrase.fill(filePassphrase);
    await passphrase.press('Enter');
    const done = workspaceFileSection(b.page).getByRole('status').filter({ hasText: `${saved.suggestedFilename()} was imported` });
    await expect(done).toBeVisible({ timeout: 20_000 });
    await expect(done.getByTestId('workspace-file-counts')).toContainText('Cases: 1');

    const casesOnB = new CaseListPage(b.page);
    await casesOnB.goto();
    await casesOnB.row(title).getByRole('link').first().click();
    await expect(new CaseDetailPage(b.page).heading).toHaveText(title);
    const row = b.page.getByTestId('case-attachments').getByRole('row').filter({ hasText: 'C-O form E 00123.pdf' });
    const copy = b.page.waitForEvent('download');
    await row.getByRole('button', { name: 'Save a copy of C-O form E 00123.pdf' }).click();
    expect(await readFile((await (await copy).path())!)).toEqual(certificate);
  } finally {
    await b.context.close();
  }
});
