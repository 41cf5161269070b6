import { describe, expect, it } from 'vitest';
import { pbkdf2Iterations } from '../security/keyring';
import { openWorkspaceFile, sealWorkspaceFile } from './workspaceFileCipher';
import { decodeHeader, headerLength, workspaceFileFormat } from './workspaceFileHeader';
import type { WorkspaceFileErrorCode } from './workspaceFileError';

const passphrase = 'ngựa vằn Geneva tàu hoả 47';
// Few iterations keep the suite fast; the header carries them, so opening needs no option.
const fast = { iterations: 1000, chunkSize: 64 };
const content = new TextEncoder().encode('Hồ sơ 2026-K7QX-0042: C/O form E, Hải Phòng. '.repeat(9));

async function failure(promise: Promise<unknown>): Promise<WorkspaceFileErrorCode | string> {
  try {
    await promise;
    return 'opened';
  } catch (error) {
    return (error as { code?: WorkspaceFileErrorCode }).code ?? String(error);
  }
}

describe('workspace file encryption', () => {
  it('opens with its passphrase, reporting each chunk, and holds no plaintext', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    const seen: [number, number][] = [];
    expect(await openWorkspaceFile(file, passphrase, (done, total) => seen.push([done, total]))).toEqual(content);
    const chunks = Math.ceil(content.length / fast.chunkSize);
    expect(seen).toHaveLength(chunks);
    expect(seen.at(-1)).toEqual([chunks, chunks]);
    expect(new TextDecoder('latin1').decode(file)).not.toContain('K7QX');
  });

  it('composes the passphrase as typed: decomposed Vietnamese letters open a file sealed composed', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    expect(await openWorkspaceFile(file, passphrase.normalize('NFD'))).toEqual(content);
  });

  it('seals with the lock’s KDF strength and a fresh salt and nonce each time', async () => {
    const [a, b] = await Promise.all([sealWorkspaceFile(content, passphrase, { chunkSize: 4096 }), sealWorkspaceFile(content, passphrase, fast)]);
    const [ha, hb] = [decodeHeader(a), decodeHeader(b)];
    expect(ha.iterations).toBe(pbkdf2Iterations);
    expect(a[8]).toBe(workspaceFileFormat);
    expect(ha.salt).not.toEqual(hb.salt);
    expect(ha.nonce).not.toEqual(hb.nonce);
  });

  it('answers a wrong passphrase as such, whatever the content', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    expect(await failure(openWorkspaceFile(file, 'ngựa vằn Geneva tàu hoả 48'))).toBe('wrong_passphrase');
  });

  it('tells a damaged part from a wrong passphrase once the first part opened', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    const altered = file.slice();
    altered[headerLength + 3 * (fast.chunkSize + 16) + 5]! ^= 1;
    expect(await failure(openWorkspaceFile(altered, passphrase))).toBe('damaged');
  });

  it('refuses a header altered to weaken the key (fewer iterations) or with its salt changed', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    const weaker = file.slice();
    weaker[13] = weaker[13]! - 1;
    expect(await failure(openWorkspaceFile(weaker, passphrase))).toBe('wrong_passphrase');
    const salted = file.slice();
    salted[20]! ^= 0xff;
    expect(await failure(openWorkspaceFile(salted, passphrase))).toBe('wrong_passphrase');
  });

  it('tells a file cut short, at a chunk boundary or inside one, as incomplete', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    const atBoundary = file.slice(0, headerLength + 2 * (fast.chunkSize + 16));
    expect(await failure(openWorkspaceFile(atBoundary, passphrase))).toBe('truncated');
    expect(await failure(openWorkspaceFile(file.slice(0, atBoundary.length + 7), passphrase))).toBe('truncated');
    expect(await failure(openWorkspaceFile(file.slice(0, 30), passphrase))).toBe('truncated');
    expect(await failure(openWorkspaceFile(file.slice(0, headerLength), passphrase))).toBe('truncated');
  });

  it('refuses a part moved to another place in the file', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    const size = fast.chunkSize + 16;
    const swapped = file.slice();
    swapped.set(file.subarray(headerLength + size, headerLength + 2 * size), headerLength + 2 * size);
    swapped.set(file.subarray(headerLength + 2 * size, headerLength + 3 * size), headerLength + size);
    expect(await failure(openWorkspaceFile(swapped, passphrase))).toBe('damaged');
  });

  it('says a file is of a newer format, and that another kind of file is not a workspace file', async () => {
    const file = await sealWorkspaceFile(content, passphrase, fast);
    const newer = file.slice();
    newer[8] = workspaceFileFormat + 1;
    expect(await failure(openWorkspaceFile(newer, passphrase))).toBe('newer_format');
    expect(await failure(openWorkspaceFile(new TextEncoder().encode('%PDF-1.7\n'), passphrase))).toBe('not_a_workspace_file');
    expect(await failure(openWorkspaceFile(new Uint8Array(), passphrase))).toBe('not_a_workspace_file');
  });

  it('seals an empty content, and refuses a passphrase shorter than the lock accepts', async () => {
    const file = await sealWorkspaceFile(new Uint8Array(), passphrase, fast);
    expect(await openWorkspaceFile(file, passphrase)).toEqual(new Uint8Array());
    expect(await failure(sealWorkspaceFile(content, 'short', fast))).toMatch(/RangeError/);
  });
});
