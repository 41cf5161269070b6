// Page object for a case's attachments section and the viewer that opens a file inside the app.
import { expect, type Locator, type Page } from '@playwright/test';

export interface FileToAttach {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class AttachmentsSection {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: /^(Attachments|Tệp đính kèm)$/ }) });
  }

  row(fileName: string): Locator {
    return this.page.getByTestId('case-attachments').getByRole('row').filter({ hasText: fileName });
  }

  /** Attaches files (or a path, for a file too large to hold in memory) with the picker. */
  async attach(files: FileToAttach[] | string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section.getByRole('button', { name: /^(Attach files…|Đính kèm tệp…)$/ }).click();
    await (await chooser).setFiles(files);
  }

  /** Opens a file in the viewer and returns the viewer's dialog. */
  async open(fileName: string): Promise<ViewerDialog> {
    await this.page.getByRole('button', { name: new RegExp(`^(Open|Mở) ${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
    const dialog = new ViewerDialog(this.page.getByRole('dialog', { name: fileName }));
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}

export class ViewerDialog {
  constructor(readonly root: Locator) {}

  get sha256(): Locator {
    return this.root.getByTestId('attachment-sha256');
  }

  get pageCount(): Locator {
    return this.root.locator('.pdf-page-count');
  }

  /** The PDF page's text, as pdf.js lays it over the canvas (selectable, read by screen readers). */
  get pdfText(): Locator {
    return this.root.locator('.pdf-page .textLayer');
  }

  /** The page area that takes the viewer's keys. */
  get pdfPage(): Locator {
    return this.root.getByRole('region');
  }

  /** How many pixels of the drawn page are not white: something was drawn. */
  async inkedPixels(): Promise<number> {
    return this.root.locator('canvas.pdf-canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) inked += 1;
      return inked;
    });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Close|Đóng)$/ }).click();
    await expect(this.root).toBeHidden();
  }
}
