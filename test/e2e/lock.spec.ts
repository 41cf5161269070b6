// The app lock end to end in Chromium: first run asks for a passphrase (strength shown, weak ones
// refused), the data opens only with it, a wrong one opens nothing, and the app locks on demand
// and after the idle time, showing none of the data until unlocked.
import { expect, test, type Page } from '@playwright/test';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { e2ePassphrase, lockScreens, passLock, passingLock } from './support/lock';

const setupField = (page: Page, label: RegExp) => lockScreens(page).setup.getByLabel(label);

test('first run refuses a weak passphrase, shows the strength, and opens the app with a strong one', async ({ page }) => {
  await page.goto('/');
  const { setup, app } = lockScreens(page);
  await expect(setup.getByRole('heading', { name: 'Protect the data on this computer' })).toBeVisible();
  await expect(setup.getByText(/cannot be recovered/)).toBeVisible();

  await setupField(page, /^Passphrase/).fill('password123');
  await expect(setup.getByTestId('passphrase-strength')).toContainText(/very weak|weak/);
  await setupField(page, /^Type the passphrase again/).fill('password123');
  await setup.getByRole('button', { name: 'Encrypt and continue' }).click();
  await expect(setup.getByText('This passphrase is too easy to guess. Add words or make it longer.')).toBeVisible();

  await setupField(page, /^Passphrase/).fill(e2ePassphrase);
  await expect(setup.getByTestId('passphrase-strength')).toContainText(/strong/);
  await setupField(page, /^Type the passphrase again/).fill(`${e2ePassphrase}!`);
  await setup.getByRole('button', { name: 'Encrypt and continue' }).click();
  await expect(setup.getByText('The two passphrases are not the same.')).toBeVisible();

  await setupField(page, /^Type the passphrase again/).fill(e2ePassphrase);
  await setup.getByRole('button', { name: 'Encrypt and continue' }).click();
  await expect(app).toBeVisible();
});

test('locking on demand hides the data; a wrong passphrase opens nothing; the right one brings it back', async ({ page }) => {
  const unlocking = passingLock(page);
  const list = new CaseListPage(unlocking);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Quartz slabs, suspected transshipment');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.save();
  await expect(new CaseDetailPage(page).heading).toHaveText('Quartz slabs, suspected transshipment');
  await list.goto();
  await expect(list.row('Quartz slabs, suspected transshipment')).toBeVisible();

  await page.keyboard.press('Control+Shift+L');
  const { unlock, app } = lockScreens(page);
  await expect(unlock.getByRole('heading', { name: 'Attaché is locked' })).toBeVisible();
  await expect(page.getByText('Quartz slabs')).toHaveCount(0);
  await page.screenshot({ path: 'docs/screenshots/unlock.png' });

  await unlock.getByLabel(/^Passphrase/).fill('not the passphrase at all');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByText('That passphrase does not open the data on this computer.')).toBeVisible();
  await expect(app).toHaveCount(0);

  await unlock.getByLabel(/^Passphrase/).fill(e2ePassphrase);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(app).toBeVisible();
  await list.goto();
  await expect(list.row('Quartz slabs, suspected transshipment')).toBeVisible();
});

test('locks itself after the idle time chosen in Settings, in Vietnamese too', async ({ page }) => {
  await page.clock.install();
  const unlocking = passingLock(page);
  await unlocking.goto('/#/settings');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('button', { name: /Khoá khi không sử dụng/ }).click();
  await page.getByRole('option', { name: '1 phút' }).click();

  await page.clock.fastForward('00:30');
  await expect(lockScreens(page).app).toBeVisible();
  await page.clock.fastForward('00:31');
  const { unlock } = lockScreens(page);
  await expect(unlock.getByRole('heading', { name: 'Attaché đang khoá' })).toBeVisible();
  await expect(unlock.getByText(/Quên cụm mật khẩu/)).toBeVisible();
});

test('a passphrase change needs the current one; the new one unlocks the same data; erasing leaves nothing to unlock', async ({ page }) => {
  const unlocking = passingLock(page);
  const list = new CaseListPage(unlocking);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Wooden bedroom furniture, AD duty evasion');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.save();
  await expect(new CaseDetailPage(page).heading).toHaveText('Wooden bedroom furniture, AD duty evasion');

  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  const change = page.getByTestId('change-passphrase');
  const next = 'Hải Phòng cảng container 2027 mưa';
  await change.getByLabel(/^Current passphrase/).fill('not the passphrase at all');
  await change.getByLabel(/^New passphrase/).fill(next);
  await change.getByLabel(/^Type the passphrase again/).fill(next);
  await expect(change.getByTestId('passphrase-strength')).toBeVisible();
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByText('That is not the current passphrase.')).toBeVisible();
  await change.getByLabel(/^Current passphrase/).fill(e2ePassphrase);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Passphrase changed' })).toBeVisible();

  await page.keyboard.press('Control+Shift+L');
  const { unlock, setup, app } = lockScreens(page);
  await unlock.getByLabel(/^Passphrase/).fill(e2ePassphrase);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByText('That passphrase does not open the data on this computer.')).toBeVisible();
  await unlock.getByLabel(/^Passphrase/).fill(next);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(app).toBeVisible();
  await list.goto();
  await expect(list.row('Wooden bedroom furniture, AD duty evasion')).toBeVisible();

  // Forgot it: the lock screen offers to erase and start again, after a confirmation.
  await page.keyboard.press('Control+Shift+L');
  await unlock.getByRole('button', { name: 'Erase this computer…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Erase this computer' });
  await expect(dialog.getByRole('button', { name: 'Erase everything' })).toBeDisabled();
  await dialog.getByText('I understand that this cannot be undone').click();
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await expect(setup.getByRole('heading', { name: 'Protect the data on this computer' })).toBeVisible();
  // The setup screen proves the keyring is gone (it reopens an empty profile database).
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(names.filter((n) => n?.startsWith('attache-ws-'))).toEqual([]);
  await passLock(page, next);
  await list.goto();
  await expect(page.getByText('Wooden bedroom furniture')).toHaveCount(0);
});
