// The app opens behind its lock: first run asks for a passphrase, every later load (a reload,
// a new page) for the same one. Most specs are not about the lock, so their pages pass it after
// each navigation, as an officer types the passphrase at each start; lock.spec.ts tests the lock.
import { test as base, expect, type Page } from '@playwright/test';

/** Strong enough for the strength check, and in both of the app's languages. */
export const e2ePassphrase = 'ngựa vằn Geneva tàu hỏa 47';

export const lockScreens = (page: Page) => ({
  setup: page.getByTestId('passphrase-setup'),
  unlock: page.getByTestId('unlock-screen'),
  /** The app once open: its shell, or the notice a revoked device shows instead. */
  app: page.locator('.app-shell, [data-testid="revoked-notice"]'),
});

/** Waits for the page to settle on a lock screen or the app, and passes the lock if it is shown. */
export async function passLock(page: Page, passphrase = e2ePassphrase): Promise<void> {
  const { setup, unlock, app } = lockScreens(page);
  await expect(setup.or(unlock).or(app).first()).toBeVisible({ timeout: 15_000 });
  if (await setup.isVisible()) {
    await setup.getByLabel(/^(Passphrase|Cụm mật khẩu)/).fill(passphrase);
    await setup.getByLabel(/^(Type the passphrase again|Nhập lại cụm mật khẩu)/).fill(passphrase);
    // The strength shown means the estimator has loaded and the form has settled.
    await expect(setup.getByTestId('passphrase-strength')).toBeVisible();
    await setup.getByRole('button', { name: /^(Encrypt and continue|Mã hoá và tiếp tục)$/ }).click();
  } else if (await unlock.isVisible()) {
    await unlock.getByLabel(/^(Passphrase|Cụm mật khẩu)/).fill(passphrase);
    await unlock.getByRole('button', { name: /^(Unlock|Mở khoá)$/ }).click();
  }
  await expect(app).toBeVisible({ timeout: 15_000 });
}

/** `page`, whose `goto` and `reload` pass the lock once the page has loaded. */
export function passingLock(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await passLock(page);
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await passLock(page);
    return response;
  };
  return page;
}

/** Playwright's `test` with a `page` that passes the lock (see `passingLock`). */
export const test = base.extend({
  page: async ({ page }, use) => {
    await use(passingLock(page));
  },
});

export { expect };
export type { Page } from '@playwright/test';
