import { describe, expect, it, vi } from 'vitest';
import { pdfFileName, printAndSave } from './printAndSave';

const pdf = new TextEncoder().encode('%PDF-1.7') as Uint8Array<ArrayBuffer>;

describe('printAndSave', () => {
  it('waits for the fonts, prints, saves the PDF under its name and hands back the bytes', async () => {
    const order: string[] = [];
    let fontsLoaded!: () => void;
    const fontsReady = new Promise<void>((resolve) => (fontsLoaded = resolve)).then(() => order.push('fonts'));
    const platform = {
      printToPdf: vi.fn(async () => (order.push('print'), pdf)),
      saveFile: vi.fn(async () => (order.push('save'), true)),
    };
    const done = printAndSave(platform, '2026-K7QX-0042 request.pdf', fontsReady);
    await Promise.resolve();
    expect(platform.printToPdf).not.toHaveBeenCalled();
    fontsLoaded();
    expect(await done).toEqual({ bytes: pdf, saved: true });
    expect(order).toEqual(['fonts', 'print', 'save']);
    expect(platform.printToPdf).toHaveBeenCalledWith({ fileName: '2026-K7QX-0042 request.pdf' });
    expect(platform.saveFile).toHaveBeenCalledWith('2026-K7QX-0042 request.pdf', pdf, 'application/pdf');
  });

  it('still hands back the bytes when the user cancels the save dialog', async () => {
    const platform = { printToPdf: async () => pdf, saveFile: async () => false };
    expect(await printAndSave(platform, 'a.pdf', Promise.resolve())).toEqual({ bytes: pdf, saved: false });
  });

  it('saves nothing on the web host, whose print dialog did the saving', async () => {
    const platform = { printToPdf: async () => null, saveFile: vi.fn() };
    expect(await printAndSave(platform, 'a.pdf', Promise.resolve())).toBeNull();
    expect(platform.saveFile).not.toHaveBeenCalled();
  });
});

describe('pdfFileName', () => {
  it('joins the parts and replaces what a file system refuses', () => {
    expect(pdfFileName('2026-K7QX-0042', 'request letter')).toBe('2026-K7QX-0042 request letter.pdf');
    expect(pdfFileName('123/HQ-GSQL', ' Công văn ')).toBe('123-HQ-GSQL Công văn.pdf');
    expect(pdfFileName('a:b*?"<>|c')).toBe('a-b-c.pdf');
    expect(pdfFileName('', ' ')).toBe('document.pdf');
  });
});
