// Settings > Request deadlines: the administration's reply periods and holidays, edited by keyboard
// and mouse, with messages that say what to fix, in English and Vietnamese; and the device's
// choice of reminders, kept across a reload. Each test has a fresh profile.
import { expect, test, type Page } from './support/lock';
import { AppShell } from './pages/AppShell';

/** The deadline rules of the Settings page, by role and label. */
class DeadlineRulesPanel {
  constructor(readonly page: Page) {}

  /** One instrument's period: a group named by the instrument. */
  rule(name: string | RegExp) {
    return this.page.getByRole('group', { name });
  }

  /** The section's announcement after a save, a reset, an added or removed holiday. */
  said(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

test('the administration sets a period in business days, resets it, and keeps a holiday list', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/settings');
  const panel = new DeadlineRulesPanel(page);
  const cptpp = panel.rule('CPTPP');
  await expect(cptpp).toContainText('Built-in: 30 days, Calendar days');
  await expect(cptpp.getByRole('button', { name: 'Reset the period of CPTPP to its default' })).toHaveCount(0);

  // A slip (0 days) is refused with what to fix; then 45 business days are saved.
  const amount = cptpp.getByRole('textbox', { name: 'Period' });
  await amount.fill('0');
  await cptpp.getByRole('button', { name: 'Save the period of CPTPP' }).click();
  await expect(cptpp).toContainText('The number must be greater than zero.');
  await amount.fill('45');
  await cptpp.getByRole('button', { name: /Days counted$/ }).click();
  await page.getByRole('option', { name: 'Business days' }).click();
  await cptpp.getByRole('button', { name: 'Save the period of CPTPP' }).click();
  await expect(panel.said('The period of CPTPP is saved.')).toBeVisible();
  await expect(cptpp).toContainText('Set by the administration');

  // Kept across a reload (it is a synced record, not a preference).
  await page.reload();
  await expect(panel.rule('CPTPP').getByRole('textbox', { name: 'Period' })).toHaveValue('45');
  await panel.rule('CPTPP').getByRole('button', { name: 'Reset the period of CPTPP to its default' }).click();
  await expect(panel.said('The period of CPTPP is back to its default.')).toBeVisible();
  await expect(panel.rule('CPTPP').getByRole('textbox', { name: 'Period' })).toHaveValue('30');

  // Holidays: a missing name is named; a holiday is added by keyboard, then removed.
  const holidays = page.getByRole('region', { name: 'Public holidays' });
  await expect(holidays).toContainText('No holiday entered');
  await holidays.getByRole('button', { name: 'Add holiday' }).click();
  await expect(holidays).toContainText('This field is required.');
  await holidays.getByRole('spinbutton', { name: /^day,/ }).click();
  await page.keyboard.type('02092026');
  await holidays.getByRole('textbox', { name: 'Holiday' }).fill('Quốc khánh');
  await page.keyboard.press('Enter');
  await expect(panel.said('Quốc khánh added.')).toBeVisible();
  await expect(holidays.getByRole('listitem')).toHaveText([/02 Sept? 2026\s*Quốc khánh/]);
  await holidays.getByRole('button', { name: /^Remove Quốc khánh/ }).click();
  await expect(panel.said('Quốc khánh removed.')).toBeVisible();
  await expect(holidays).toContainText('No holiday entered');
});

test('the same in Vietnamese, and the reminders choice is this device’s, kept across a reload', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/settings');
  await shell.switchLanguage('vi');
  const panel = new DeadlineRulesPanel(page);
  await expect(panel.rule('EVFTA')).toContainText('Mặc định: 10 tháng, Ngày theo lịch');
  const evfta = panel.rule('EVFTA');
  await evfta.getByRole('textbox', { name: 'Thời hạn' }).fill('30');
  await evfta.getByRole('button', { name: 'Lưu thời hạn theo EVFTA' }).click();
  await expect(evfta).toContainText('Thời hạn tối đa là 730 ngày hoặc 24 tháng.');

  const remind = page.getByRole('button', { name: /Nhắc trước$/ });
  await expect(remind).toContainText('Trước 3 ngày');
  await remind.click();
  await page.getByRole('option', { name: 'Trước 7 ngày' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: /Nhắc trước$/ })).toContainText('Trước 7 ngày');
});
