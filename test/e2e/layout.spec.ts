// Layout at the smallest window the app is made for (1024 × 768), in English and Vietnamese:
// every column of the case list in view, long values cut with an ellipsis and readable whole in
// a tooltip, the name banner clear of the page's heading, a case page's cards apart, one
// "Offline" in the top bar.
import { expect, test, type Page } from './support/lock';
import { AppShell } from './pages/AppShell';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { SyncPanel } from './pages/SyncPanel';
import { workspaceWithMembers } from './support/syncAdmin';
import { syncServerUrl } from '../../playwright.config';

test.use({ viewport: { width: 1024, height: 768 } });

async function createTransshipmentCase(page: Page): Promise<void> {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Aluminium extrusions transshipped via Ho Chi Minh City port');
  await form.main.getByRole('button', { name: /Case type$/ }).click();
  await page.getByRole('option', { name: 'Transshipment', exact: true }).click();
  await form.chooseCountry('Partner country', 'United', /United States/);
  await form.main.getByRole('textbox', { name: 'Assignee' }).fill('Nguyễn Thị Phương Thảo');
  await form.save();
  await expect(new CaseDetailPage(page).heading).toHaveText(/^Aluminium extrusions/);
}

test('at 1024 px the case list shows every column, cuts long values with an ellipsis and a tooltip, and the name banner clears the heading', async ({ page }) => {
  const shell = new AppShell(page);
  await createTransshipmentCase(page);
  const list = new CaseListPage(page);
  await list.goto();

  // The reminder to enter a name sits above the heading, not on it.
  const banner = page.getByRole('status').filter({ hasText: 'Who is working on this device?' });
  const bannerBox = (await banner.boundingBox())!;
  const headingBox = (await shell.heading.boundingBox())!;
  expect(headingBox.y - (bannerBox.y + bannerBox.height), 'room between the banner and the heading').toBeGreaterThanOrEqual(12);

  for (const language of ['en', 'vi'] as const) {
    if (language === 'vi') await shell.switchLanguage('vi');
    const names = language === 'en' ? ['Partner country', 'Assignee', 'Next due'] : ['Nước đối tác', 'Người phụ trách', 'Hạn gần nhất'];
    for (const name of names) {
      const header = page.getByRole('columnheader', { name });
      const box = (await header.boundingBox())!;
      expect(box.x, `${name} starts in the window`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends in the window`).toBeLessThanOrEqual(1024);
      // The header's text is not cut: it wraps onto a second line if it must.
      const cut = await header.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(cut, `${name} is shown whole`).toBe(false);
    }
  }

  // "Chuyển tải bất hợp pháp" does not fit its column at 1024 px: an ellipsis shows it goes on,
  // and the tooltip has it whole.
  const typeCell = page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').nth(3);
  await expect(typeCell).toHaveText('Chuyển tải bất hợp pháp');
  const style = await typeCell.evaluate((el) => ({
    textOverflow: getComputedStyle(el).textOverflow,
    cut: el.scrollWidth > el.clientWidth,
  }));
  expect(style).toEqual({ textOverflow: 'ellipsis', cut: true });
  await expect(typeCell).toHaveAttribute('title', 'Chuyển tải bất hợp pháp');
});

test('a case page keeps its cards apart at 1024 px', async ({ page }) => {
  await createTransshipmentCase(page);
  const cards = page.getByRole('main').locator('.case-detail section.form-section');
  await expect(cards.first()).toBeVisible();
  const first = (await cards.nth(0).boundingBox())!;
  const second = (await cards.nth(1).boundingBox())!;
  expect(second.y - (first.y + first.height)).toBeGreaterThanOrEqual(12);
});

test('offline, the top bar says "Offline" once, also on an enrolled device', async ({ page, context }) => {
  const shell = new AppShell(page);
  const { codes } = await workspaceWithMembers('Layout: offline pill', ['Lan']);
  await new SyncPanel(page).enroll(syncServerUrl, codes[0]!, 'Layout laptop');
  await context.setOffline(true);
  await expect(shell.offlineIndicator).toBeVisible();
  await expect(shell.banner.getByText(/Offline/)).toHaveCount(1);
});
