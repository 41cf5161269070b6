// Issue 11, work lost: what an officer types in a form is kept as a draft (sealed, on this
// computer) across leaving the form, a reload and the idle lock, and comes back with a notice
// and "Discard draft"; saving the form deletes it.
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { CaseDetailPage, CaseListPage, type CaseFormPage } from './pages/CasePages';
import { expect, lockScreens, passLock, test } from './support/lock';

/** How many drafts this page has written so far (the app marks each write). */
const draftWrites = (page: Page) => page.evaluate(() => performance.getEntriesByName('attache:draft-saved').length);

/** Waits until the page has written a draft after `before` writes. */
async function draftWritten(page: Page, before: number): Promise<void> {
  await expect.poll(() => draftWrites(page)).toBeGreaterThan(before);
}

const summaryOf = (form: CaseFormPage, label = 'Summary of facts') => form.main.getByRole('textbox', { name: label });
const notice = (page: Page, text: RegExp) => page.getByRole('main').getByRole('status').filter({ hasText: text });

test('a new case typed, left for the audit log and opened again comes back with a notice; Discard draft empties it', async ({ page }) => {
  const shell = new AppShell(page);
  const list = new CaseListPage(page);
  await list.goto();
  let form = await list.newCase();
  await form.title.fill('Aluminium extrusions routed through Malaysia');
  await summaryOf(form).fill('Importer declares Malaysian origin; mill certificates say otherwise.');

  await shell.navigateTo('Audit log');
  await expect(shell.heading).toHaveText('Audit log');
  await shell.navigateTo('Cases');
  form = await list.newCase();
  await expect(form.title).toHaveValue('Aluminium extrusions routed through Malaysia');
  await expect(summaryOf(form)).toHaveValue('Importer declares Malaysian origin; mill certificates say otherwise.');
  await expect(notice(page, /^Unsaved draft from .+ restored/)).toBeVisible();

  await form.main.getByRole('button', { name: 'Discard draft' }).click();
  await expect(form.title).toHaveValue('');
  await expect(summaryOf(form)).toHaveValue('');
  await expect(notice(page, /Unsaved draft/)).toHaveCount(0);
  // Discarded for good: leaving and coming back shows the empty form.
  await shell.navigateTo('Cases');
  form = await list.newCase();
  await expect(form.title).toHaveValue('');
});

test('a reload keeps the draft, in Vietnamese too, and gives the focus back to the field', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/cases');
  await shell.switchLanguage('vi');
  await shell.goto('/cases/new');
  await expect(shell.heading).toHaveText('Tạo vụ việc');
  const title = shell.main.getByRole('textbox', { name: 'Tiêu đề' });
  const summary = shell.main.getByRole('textbox', { name: 'Tóm tắt vụ việc' });
  await title.fill('Thép cán nguội chuyển tải qua Thái Lan');
  const writes = await draftWrites(page);
  await summary.fill('Nghi vấn gian lận xuất xứ');
  await draftWritten(page, writes);

  await page.reload();
  await expect(shell.heading).toHaveText('Tạo vụ việc');
  await expect(title).toHaveValue('Thép cán nguội chuyển tải qua Thái Lan');
  await expect(summary).toHaveValue('Nghi vấn gian lận xuất xứ');
  await expect(summary).toBeFocused();
  await expect(notice(page, /^Đã khôi phục bản nháp chưa lưu lúc /)).toBeVisible();
  await shell.main.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await expect(title).toHaveValue('');
});

test('the idle lock keeps what was typed in an edit form; after unlocking the field shows it and has the focus', async ({ page }) => {
  await page.clock.install();
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Wooden furniture, AD duty evasion');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await summaryOf(form).fill('Saved summary.');
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText('Wooden furniture, AD duty evasion');

  const shell = new AppShell(page);
  await shell.navigateTo('Settings');
  await page.getByRole('button', { name: /Lock after inactivity/ }).click();
  await page.getByRole('option', { name: '1 minute', exact: true }).click();
  await shell.navigateTo('Cases');
  await list.row('Wooden furniture, AD duty evasion').getByRole('link').first().click();
  const edit = await detail.edit();
  const editUrl = page.url();
  await summaryOf(edit).fill('Saved summary. The exporter admitted the veneer came from China.');

  // No activity for 75 s: the app locks (the draft's last keystrokes sealed first) and reloads.
  await page.clock.fastForward('01:15');
  // The shell stays on screen until the page has reloaded: wait for the lock screen, not just any.
  await expect(lockScreens(page).unlock).toBeVisible({ timeout: 15_000 });
  await passLock(page);
  expect(page.url()).toBe(editUrl);
  await expect(summaryOf(edit)).toHaveValue('Saved summary. The exporter admitted the veneer came from China.');
  await expect(summaryOf(edit)).toBeFocused();
  await expect(notice(page, /^Unsaved draft from .+ restored/)).toBeVisible();

  // Discarding goes back to the saved case.
  await edit.main.getByRole('button', { name: 'Discard draft' }).click();
  await expect(summaryOf(edit)).toHaveValue('Saved summary.');
});

test('saving deletes the draft; Cancel asks before throwing changes away', async ({ page }) => {
  const shell = new AppShell(page);
  const list = new CaseListPage(page);
  await list.goto();
  let form = await list.newCase();
  await form.title.fill('Solar panels, origin verification');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText('Solar panels, origin verification');

  await shell.navigateTo('Cases');
  form = await list.newCase();
  await expect(form.title).toHaveValue('');
  await expect(notice(page, /Unsaved draft/)).toHaveCount(0);

  // Cancel with changes asks; "Keep editing" keeps them, "Discard changes" leaves without them.
  await shell.navigateTo('Cases');
  await list.row('Solar panels, origin verification').getByRole('link').first().click();
  let edit = await detail.edit();
  await summaryOf(edit).fill('Not to be kept.');
  await edit.main.getByRole('button', { name: 'Cancel', exact: true }).click();
  const ask = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(summaryOf(edit)).toHaveValue('Not to be kept.');
  await edit.main.getByRole('button', { name: 'Cancel', exact: true }).click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(detail.heading).toHaveText('Solar panels, origin verification');
  edit = await detail.edit();
  await expect(summaryOf(edit)).toHaveValue('');
  await expect(notice(page, /Unsaved draft/)).toHaveCount(0);
});
