import { describe, expect, it, vi } from 'vitest';
import { maxSaveBytes } from '../../shared/ipc/contract';
import { printPageToPdf } from './printing';

const pdfBytes = Buffer.from('%PDF-1.7\n%âãÏÓ\n');

describe('printPageToPdf', () => {
  it('prints on A4 with backgrounds, the page CSS size and margin boxes, and no Chromium header or footer', async () => {
    const printToPDF = vi.fn(async () => pdfBytes);
    const result = await printPageToPdf({ printToPDF });
    expect(printToPDF).toHaveBeenCalledTimes(1);
    expect(printToPDF.mock.calls[0]).toEqual([
      expect.objectContaining({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, landscape: false }),
    ]);
    expect(result).toEqual({ ok: true, value: { pdf: new Uint8Array(pdfBytes) } });
    // A plain Uint8Array the renderer can structured-clone, not a Buffer over Node's pool.
    expect(result.ok && Buffer.isBuffer(result.value.pdf)).toBe(false);
  });

  it('reports a printing failure as an ioError value instead of throwing', async () => {
    const result = await printPageToPdf({ printToPDF: async () => Promise.reject(new Error('render process gone')) });
    expect(result).toMatchObject({ ok: false, error: { code: 'ioError' } });
    expect(!result.ok && result.error.message).toContain('render process gone');
  });

  it('refuses a PDF larger than files:save accepts', async () => {
    const huge = { byteLength: maxSaveBytes + 1 } as Buffer;
    expect(await printPageToPdf({ printToPDF: async () => huge })).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});
