// Page object for the sync parts of the app: enrollment in Settings and the top bar's status.
import { expect, type Locator, type Page } from '@playwright/test';

export class SyncPanel {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByTestId('sync-status');
  }

  /** Enrolls this profile's device with a code from `npm run admin -- enroll-code`. */
  async enroll(serverUrl: string, code: string, deviceName: string): Promise<void> {
    await this.page.goto('/#/settings');
    const main = this.page.getByRole('main');
    await main.getByRole('textbox', { name: 'Server address' }).fill(serverUrl);
    await main.getByRole('textbox', { name: 'Enrollment code' }).fill(code);
    await main.getByRole('textbox', { name: 'Name of this device' }).fill(deviceName);
    await main.getByRole('button', { name: 'Connect this device' }).click();
    await expect(this.page.getByTestId('sync-enrolled')).toBeVisible();
    await this.expectUpToDate();
  }

  /** The device id an administrator passes to `revoke-device`. */
  async deviceId(): Promise<string> {
    await this.page.goto('/#/settings');
    return (await this.page.getByTestId('sync-device-id').innerText()).trim();
  }

  /** Waits until nothing is waiting and the last sync succeeded. */
  async expectUpToDate(): Promise<void> {
    await expect(this.status).toHaveAttribute('data-sync-state', 'upToDate', { timeout: 20_000 });
    await expect(this.status).toHaveAttribute('data-pending', '0');
  }

  async syncNow(): Promise<void> {
    await this.page.getByTestId('sync-now').click();
  }
}
