import { describe, expect, it } from 'vitest';
import { DataKey } from './keyring';
import { open, openAsync, seal, SealError, sealMany } from './recordSeal';

const newKey = () => new DataKey(crypto.getRandomValues(new Uint8Array(32)));
const record = { title: 'Công ty TNHH Gỗ Việt — quartz slabs, suspected transshipment', parties: ['Nguyễn Văn Cẩn'], amount: 12.5, flags: [true, null] };

describe('record sealing', () => {
  it('opens what it sealed, and the sealed bytes contain none of the text', () => {
    const key = newKey();
    const sealed = seal(key, 'cases/c-1', record);
    expect(open(key, 'cases/c-1', sealed)).toEqual(record);
    const text = Buffer.from(sealed).toString('latin1') + Buffer.from(sealed).toString('utf8') + Buffer.from(sealed).toString('utf16le');
    for (const word of ['TNHH', 'quartz', 'Nguy', 'transshipment']) expect(text).not.toContain(word);
  });

  it('seals many values at once with WebCrypto, each opening as itself, in its own place only', async () => {
    const key = newKey();
    // Lengths vary across the encoder's reused buffer (and past its first size), names are Vietnamese.
    const values = Array.from({ length: 300 }, (_, i) => ({ title: `Lô hàng số ${i} ${'gỗ dán '.repeat(i * 3)}`, n: i }));
    const sealed = await sealMany(key, values.map((v, i) => ({ context: `cases/${i}`, json: JSON.stringify(v) })));
    sealed.forEach((bytes, i) => expect(open(key, `cases/${i}`, bytes)).toEqual(values[i]));
    await expect(openAsync(key, 'cases/0', sealed[0]!)).resolves.toEqual(values[0]);
    expect(() => open(key, 'cases/1', sealed[0]!)).toThrow(SealError);
    const ivs = new Set(sealed.map((b) => Buffer.from(b.subarray(1, 13)).toString('hex')));
    expect(ivs.size).toBe(300);
  });

  it('uses a fresh IV each time: the same record sealed twice differs', () => {
    const key = newKey();
    const a = seal(key, 'cases/c-1', record);
    const b = seal(key, 'cases/c-1', record);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a.subarray(1, 13)).equals(Buffer.from(b.subarray(1, 13)))).toBe(false);
  });

  it('refuses a flipped byte anywhere, another record or table, and another key', () => {
    const key = newKey();
    const sealed = seal(key, 'cases/c-1', record);
    for (const at of [0, 1, 12, 13, sealed.length - 1]) {
      const damaged = sealed.slice();
      damaged[at] = (damaged[at] ?? 0) ^ 0x01;
      expect(() => open(key, 'cases/c-1', damaged), `byte ${at}`).toThrow(SealError);
    }
    expect(() => open(key, 'cases/c-2', sealed)).toThrow(SealError);
    expect(() => open(key, 'parties/c-1', sealed)).toThrow(SealError);
    expect(() => open(newKey(), 'cases/c-1', sealed)).toThrow(/could not be decrypted/);
    expect(() => open(key, 'cases/c-1', sealed.subarray(0, 20))).toThrow(SealError);
  });

  it('refuses to seal or open with a forgotten key', () => {
    const key = newKey();
    const sealed = seal(key, 'cases/c-1', record);
    key.forget();
    expect(() => seal(key, 'cases/c-1', record)).toThrow(/locked/);
    expect(() => open(key, 'cases/c-1', sealed)).toThrow(/locked/);
  });
});
