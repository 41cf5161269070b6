// The application shell: language, offline state, keyboard access. Each test has a fresh profile
// (Playwright context), so localStorage starts empty and the UI starts in English (locale en-US).
import { expect, test } from './support/lock';
import { AppShell } from './pages/AppShell';

test('switching to Vietnamese translates the shell and survives a reload', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(shell.heading).toHaveText('Settings');

  await shell.switchLanguage('vi');
  await expect(shell.heading).toHaveText('Cài đặt');
  await expect(shell.navLink('Hồ sơ vụ việc')).toBeVisible();
  await expect(shell.navLink('Cài đặt')).toHaveAttribute('aria-current', 'page');

  await page.reload();
  await expect(shell.banner).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(shell.heading).toHaveText('Cài đặt');
  await expect(shell.navLink('Hồ sơ vụ việc')).toBeVisible();

  // Settings offers the same choice as the top bar.
  await shell.main.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(shell.heading).toHaveText('Settings');
});

test('offline, the shell says so and keeps working; online again, the notice goes', async ({ page, context }) => {
  const shell = new AppShell(page);
  await shell.goto('/cases');
  await expect(shell.offlineIndicator).toHaveCount(0);

  await context.setOffline(true);
  await expect(shell.offlineIndicator).toHaveText('Offline — changes are saved on this device');

  await shell.navigateTo('Settings');
  await expect(shell.heading).toHaveText('Settings');
  await shell.navigateTo('Cases');
  expect(await shell.route()).toBe('/cases');
  await expect(shell.offlineIndicator).toBeVisible();

  await context.setOffline(false);
  await expect(shell.offlineIndicator).toHaveCount(0);
});

test('the app opens on the dashboard (Home) and the first Tab reaches the skip link', async ({ page }) => {
  const shell = new AppShell(page);
  await page.goto('/');
  await expect(shell.banner).toBeVisible();
  // Since issue 14 the home screen is the dashboard at `/`, not the case list.
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(shell.navLink('Home')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  // Leaving the dashboard moves focus to the new page, as every other navigation does.
  await shell.navLink('Settings').click();
  await expect(shell.main).toBeFocused();
});

test('keyboard: skip link first, ? lists the shortcuts, Escape closes them', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/settings');

  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();
  expect(await shell.route()).toBe('/settings');

  await page.keyboard.press('?');
  await expect(shell.shortcutsDialog).toBeVisible();
  await expect(shell.shortcutsDialog).toContainText('Create a new case');
  await page.keyboard.press('Escape');
  await expect(shell.shortcutsDialog).toBeHidden();
});

test('keyboard: Alt+N opens a new case and / jumps to the case search', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/settings');

  await page.keyboard.press('Alt+KeyN');
  await expect.poll(() => shell.route()).toBe('/cases/new');

  await shell.navigateTo('Settings');
  await expect(shell.heading).toHaveText('Settings');
  await page.keyboard.press('/');
  await expect.poll(() => shell.route()).toBe('/cases');
  await expect(page.locator('#case-search')).toBeFocused();
});
