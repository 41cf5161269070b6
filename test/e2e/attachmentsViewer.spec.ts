// The attachment viewer in Chromium, with the network cut: a PDF (printed by Chromium itself, so
// a real one with embedded fonts) opens in the embedded pdf.js viewer, page by page and zoomed
// by keyboard, a PNG is drawn, and both show the SHA-256 that node:crypto computes from the file.
// A file over the size limit is refused with its size and the limit, and nothing is attached.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { syncServerUrl } from '../../playwright.config';
import { AttachmentsSection, type FileToAttach } from './pages/AttachmentViewer';
import { CaseListPage } from './pages/CasePages';
import { SyncPanel } from './pages/SyncPanel';
import { expect, passingLock, test, type Page } from './support/lock';
import { workspaceWithMembers } from './support/syncAdmin';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A two-page C/O printed to PDF, and a PNG of a stamp, made by a page of the same browser. */
async function makeFiles(browser: Browser): Promise<{ pdf: FileToAttach; png: FileToAttach }> {
  const printer = await browser.newPage();
  await printer.setContent(`
    <p style="font: 24px sans-serif">Certificate of origin Form B 00123</p>
    <p style="font: 18px sans-serif">Exporter: Cong ty TNHH Nhom Hai Phong</p>
    <p style="font: 24px sans-serif; break-before: page">Packing list 40 containers</p>
    <div id="stamp" style="width: 160px; height: 90px; background: #1d4f7c; border: 6px solid #b42318"></div>`);
  const pdf = await printer.pdf({ format: 'A4' });
  const png = await printer.locator('#stamp').screenshot();
  await printer.close();
  return {
    pdf: { name: 'C-O form B 00123.pdf', mimeType: 'application/pdf', buffer: pdf },
    png: { name: 'Stamp photo.png', mimeType: 'image/png', buffer: png },
  };
}

function newCase(page: Page, title: string): Promise<unknown> {
  return new CaseListPage(page).createCase(title);
}

test('a PDF and an image attached to a case open in the viewer with the network cut, with their SHA-256', async ({ page, browser, context }) => {
  const { pdf, png } = await makeFiles(browser);
  await newCase(page, 'Aluminium extrusions, C/O verification');
  const attachments = new AttachmentsSection(page);
  const pdfReaderLoaded = page.waitForResponse(/pdf\.worker/).then((response) => response.finished());
  await attachments.attach([pdf, png]);
  await expect(attachments.row(pdf.name)).toBeVisible();
  await expect(attachments.row(png.name)).toContainText('Image (PNG)');
  // The web host serves the app's code over HTTP: the list loads the PDF reader while online
  // (the desktop app reads it from disk), and only then is the network cut.
  await pdfReaderLoaded;

  await context.setOffline(true);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const viewer = await attachments.open(pdf.name);
  await expect(viewer.pageCount).toHaveText('1 / 2');
  await expect(viewer.pdfText).toContainText('Certificate of origin Form B 00123');
  await expect(viewer.pdfText).toContainText('Exporter: Cong ty TNHH Nhom Hai Phong');
  await expect.poll(() => viewer.inkedPixels()).toBeGreaterThan(100);
  await expect(viewer.sha256).toHaveText(sha256(pdf.buffer));
  await expect(viewer.root.getByText('Matches the contents on this computer.')).toBeVisible();

  // The buttons and, on the focused page, the keys turn the pages and zoom.
  await viewer.root.getByRole('button', { name: 'Next page' }).click();
  await expect(viewer.pageCount).toHaveText('2 / 2');
  await expect(viewer.pdfText).toContainText('Packing list 40 containers');
  await expect(viewer.root.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await viewer.pdfPage.focus();
  await page.keyboard.press('PageUp');
  await expect(viewer.pageCount).toHaveText('1 / 2');
  await expect(viewer.pdfText).toContainText('Certificate of origin');
  await page.keyboard.press('0');
  const fitted = await viewer.root.getByText(/^Zoom \d+%$/).innerText();
  await page.keyboard.press('+');
  await expect(viewer.root.getByText(/^Zoom \d+%$/)).not.toHaveText(fitted);
  await expect(viewer.root.getByRole('button', { name: 'Fit to width' })).toBeEnabled();

  await viewer.root.getByRole('button', { name: `Copy the SHA-256 of ${pdf.name}` }).click();
  await expect(viewer.root.getByText('SHA-256 copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sha256(pdf.buffer));
  await viewer.close();

  const image = await attachments.open(png.name);
  const drawn = image.root.getByRole('img', { name: png.name });
  await expect(drawn).toBeVisible();
  expect(await drawn.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(image.sha256).toHaveText(sha256(png.buffer));
  await image.close();
});

test('a file over the size limit is refused with its size and the limit, and nothing is attached', async ({ page }, testInfo) => {
  await newCase(page, 'Quartz slabs, origin doubts');
  // 70 MB without writing them: a sparse file, refused by its size before it is read.
  const path = testInfo.outputPath('Container scan.tiff');
  const file = await open(path, 'w');
  await file.truncate(70 * 1024 * 1024);
  await file.close();

  const attachments = new AttachmentsSection(page);
  await attachments.attach(path);
  await expect(attachments.section.getByRole('alert')).toHaveText(
    'Container scan.tiff is 70 MB, over the limit of 64 MB for one file, and was not attached.',
  );
  await expect(attachments.section.getByText('No files attached yet.')).toBeVisible();
  await page.reload();
  await expect(new AttachmentsSection(page).section.getByText('No files attached yet.')).toBeVisible();
});

test('a file attached offline on one device opens on the other after sync, says plainly when it cannot be fetched, and then opens offline', async ({ browser, baseURL }) => {
  const { pdf } = await makeFiles(browser);
  const { codes } = await workspaceWithMembers(`Attaché office ${test.info().testId}`, ['Nguyễn Văn An', 'Trần Thị Bình']);
  const device = async (code: string, name: string) => {
    const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = passingLock(await context.newPage());
    const sync = new SyncPanel(page);
    await sync.enroll(syncServerUrl, code, name);
    return { context, page, sync };
  };
  const a = await device(codes[0]!, 'Laptop of An');
  const b = await device(codes[1]!, 'Laptop of Bình');

  await newCase(a.page, 'Plywood via Hải Phòng, C/O check');
  await a.context.setOffline(true);
  await new AttachmentsSection(a.page).attach([pdf]);
  await expect(new AttachmentsSection(a.page).row(pdf.name)).toBeVisible();
  await a.context.setOffline(false);
  await a.sync.expectUpToDate();

  // B reads it in Vietnamese; its list loads the PDF reader while online, then the network goes.
  await b.page.getByRole('button', { name: 'Tiếng Việt' }).click();
  const pdfReaderLoaded = b.page.waitForResponse(/pdf\.worker/).then((response) => response.finished());
  await b.page.goto('/#/cases');
  // B hears of the case from the server's poke.
  const caseLink = b.page.getByRole('row').filter({ hasText: 'Plywood via Hải Phòng, C/O check' }).getByRole('link').first();
  await expect(caseLink).toBeVisible({ timeout: 20_000 });
  await caseLink.click();
  const attachments = new AttachmentsSection(b.page);
  await expect(attachments.row(pdf.name)).toBeVisible();
  await pdfReaderLoaded;
  await b.context.setOffline(true);

  let viewer = await attachments.open(pdf.name);
  await expect(viewer.root.getByRole('alert')).toHaveText(
    `Nội dung của ${pdf.name} chưa có trên máy tính này, và hiện không có kết nối mạng để tải về từ máy chủ đồng bộ. Hãy kết nối một lần rồi mở lại: từ đó tệp mở được cả khi không có mạng.`,
  );
  await expect(viewer.sha256).toHaveText(sha256(pdf.buffer));
  await viewer.close();

  // Online once: fetched from the server, checked against its hash and kept.
  await b.context.setOffline(false);
  viewer = await attachments.open(pdf.name);
  await expect(viewer.pageCount).toHaveText('1 / 2');
  await expect(viewer.root.getByText('Khớp với nội dung trên máy tính này.')).toBeVisible();
  await viewer.close();

  await b.context.setOffline(true);
  viewer = await attachments.open(pdf.name);
  await expect(viewer.pageCount).toHaveText('1 / 2');
  await expect(viewer.pdfText).toContainText('Certificate of origin Form B 00123');
  await viewer.close();
  await Promise.all([a.context.close(), b.context.close()]);
});
