// A print view read as the counterpart reads it: printed to PDF as the desktop host prints it
// (A4, the page's @page rule) and turned back into text with pdftotext (Debian's poppler-utils).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

/** The page printed to PDF, as text (NFC, with `-layout`'s columns). */
export async function printedText(page: Page): Promise<string> {
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = await mkdtemp(join(tmpdir(), 'attache-print-'));
  try {
    await writeFile(join(dir, 'printed.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'printed.pdf'), '-']);
    return stdout.normalize('NFC');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
