import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

vi.mock('electron', () => ({}));
const { createFileService } = await import('./files');
const { invokeContract, maxOpenBytes } = await import('../../shared/ipc/contract');

let dir: string;
const window = { id: 'main window' };
const sender = {} as WebContents;
const dialogs = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
const service = (windowFor: () => unknown = () => window) =>
  createFileService({ dialogs, documentsDir: '/home/attache/Documents', windowFor: windowFor as never });
const saveRequest = (request: unknown) => invokeContract['files:save'].request.parse(request);
const csvFilter = [{ name: 'CSV', extensions: ['csv'] }];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'attache-files-'));
  dialogs.showSaveDialog.mockReset();
  dialogs.showOpenDialog.mockReset();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('files:save', () => {
  it('proposes the name in Documents, modal to the window, and writes the text where the user chose', async () => {
    const target = path.join(dir, 'chosen.csv');
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await service().save(
      saveRequest({ suggestedName: 'vụ việc.csv', filters: csvFilter, content: { kind: 'text', text: 'mã,tên\n' } }),
      sender,
    );
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'chosen.csv' } });
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: path.join('/home/attache/Documents', 'vụ việc.csv'),
      filters: csvFilter,
    });
    expect(await readFile(target, 'utf8')).toBe('mã,tên\n');
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'letter.pdf');
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255]);
    await service().save(saveRequest({ suggestedName: 'letter.pdf', content: { kind: 'bytes', bytes } }), sender);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('treats cancelling as a normal answer, and an unwritable place as ioError', async () => {
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const request = saveRequest({ suggestedName: 'a.txt', content: { kind: 'text', text: 'x' } });
    expect(await service().save(request, sender)).toEqual({ ok: true, value: { saved: false } });
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'no', 'such', 'a.txt') });
    expect(await service().save(request, sender)).toMatchObject({ ok: false, error: { code: 'ioError' } });
  });

  it('opens no dialog when the asking window has gone', async () => {
    const request = saveRequest({ suggestedName: 'a.txt', content: { kind: 'text', text: 'x' } });
    expect(await service(() => null).save(request, sender)).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('files:open', () => {
  it('returns the chosen file name and its text without a byte-order mark', async () => {
    const source = path.join(dir, 'hs2022.csv');
    await writeFile(source, '\uFEFFsection,hscode\nI,0101\n');
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });
    const result = await service().open({ filters: csvFilter }, sender);
    expect(result).toEqual({ ok: true, value: { name: 'hs2022.csv', text: 'section,hscode\nI,0101\n' } });
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(window, { properties: ['openFile'], filters: csvFilter });
  });

  it('answers null when the user cancels', async () => {
    dialogs.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await service().open({ filters: [] }, sender)).toEqual({ ok: true, value: null });
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(window, { properties: ['openFile'] });
  });

  it('refuses a file over the size limit without reading it, and reports a vanished file', async () => {
    const big = path.join(dir, 'big.csv');
    await writeFile(big, '');
    await truncate(big, maxOpenBytes + 1);
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    expect(await service().open({ filters: [] }, sender)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, 'gone.csv')] });
    expect(await service().open({ filters: [] }, sender)).toMatchObject({ ok: false, error: { code: 'ioError' } });
  });
});
