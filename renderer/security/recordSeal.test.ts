import { describe, expect, it } from 'vitest';
import { DataKey } from './keyring';
import { open, seal, SealError } from './recordSeal';

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
