import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from './companyName';
import { foldVietnamese, foldedIncludes, toNfc } from './text';

const nfd = (s: string) => s.normalize('NFD');

describe('Vietnamese text', () => {
  it.each([
    ['Nguyễn Văn Cẩn', 'nguyen van can'],
    ['Đà Nẵng', 'da nang'],
    ['ĐỖ THỊ HOÀ', 'do thi hoa'],
    ['Hòa', 'hoa'],
    ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
    expect(foldVietnamese(nfd(input))).toBe(folded);
  });

  it('treats hoà and hòa as different until folded', () => {
    const [oa, ao]: string[] = ['hoà', 'hòa'];
    expect(oa).not.toBe(ao);
    expect(foldVietnamese(oa!)).toBe(foldVietnamese(ao!));
  });

  it('composes decomposed input (NFD) into NFC', () => {
    const decomposed = nfd('Nguyễn');
    expect(decomposed).not.toBe('Nguyễn');
    expect(toNfc(decomposed)).toBe('Nguyễn');
  });

  it('finds a name regardless of diacritics and case', () => {
    expect(foldedIncludes('Công ty TNHH Thép Đà Nẵng', 'thep da nang')).toBe(true);
    expect(foldedIncludes('Công ty TNHH Thép Đà Nẵng', 'Hải Phòng')).toBe(false);
  });
});

describe('company name matching key', () => {
  it.each([
    ['CÔNG TY TNHH Thép Việt', 'thep viet'],
    ['Thep Viet Co., Ltd.', 'thep viet'],
    ['Công ty TNHH MTV Thép Việt', 'thep viet'],
    ['Công ty trách nhiệm hữu hạn một thành viên Thép Việt', 'thep viet'],
    ['Công ty Cổ phần Dệt May Hà Nội', 'det may ha noi'],
    ['Hanoi Textile Joint Stock Company', 'hanoi textile'],
    ['Tổng công ty Thép Việt Nam - CTCP', 'thep viet nam'],
    ['Acme Corp.', 'acme'],
    ['Pacific Wire, Inc.', 'pacific wire'],
  ])('%j → %j', (name, key) => expect(normalizeCompanyName(name)).toBe(key));

  it('keeps legal-form letters that are part of a word', () => {
    expect(normalizeCompanyName('Cocoa Trading LLC')).toBe('cocoa trading');
    expect(normalizeCompanyName('Incheon Steel')).toBe('incheon steel');
  });

  it('gives NFD and NFC spellings the same key', () => {
    expect(normalizeCompanyName(nfd('Công ty TNHH Thép Việt'))).toBe('thep viet');
  });
});

describe('stored text', () => {
  it('drops a NUL and marks half a surrogate pair, which the sync server would refuse, and keeps whole pairs', () => {
    expect(toNfc('Công ty\u0000 TNHH')).toBe('Công ty TNHH');
    expect(toNfc('Gỗ \ud800dán')).toBe('Gỗ \ufffddán');
    expect(toNfc('end \udc00')).toBe('end \ufffd');
    expect(toNfc('厦门 😀')).toBe('厦门 😀');
    expect(toNfc('ACME\u0000 Ltd')).toBe('ACME Ltd');
  });

  it('composes a combining mark after plain Latin letters', () => {
    expect(toNfc('Cafe\u0301 Ltd')).toBe('Café Ltd');
    expect(toNfc('Ha Noi\u0323')).toBe('Ha Noị');
  });

  it('leaves text below U+0300 as it is, which NFC does too (the shortcut toNfc takes)', () => {
    const changed: string[] = [];
    for (let a = 1; a < 0x300; a++) {
      for (let b = 1; b < 0x300; b++) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) changed.push(pair);
      }
    }
    expect(changed).toEqual([]);
  });
});
