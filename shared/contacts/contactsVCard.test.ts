import { describe, expect, it } from 'vitest';
import { readContactsVCard } from './readContactsVCard';
import { sampleDrafts } from './sampleContacts';
import { foldLine } from './vcardText';
import { writeContactsVCard } from './writeContactsVCard';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('writeContactsVCard', () => {
  const text = writeContactsVCard(sampleDrafts);

  it('writes family;given in N and the name in the person’s own order in FN', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nN:Nguyễn;Thị Hồng Nhung;;;\r\n');
    expect(text).toContain('\r\nFN:Nguyễn Thị Hồng Nhung\r\n');
    expect(unfolded).toContain('\r\nFN:Jane Smith\r\n');
    expect(unfolded).toContain('\r\nTITLE:Director\\, Trade Remedies\r\n');
    expect(unfolded).toContain('\r\nORG:Tổng cục Hải quan\\; Bộ Tài chính;Phòng Xuất xứ hàng hoá\r\n');
    expect(unfolded).toContain('\r\nCATEGORIES:xác minh xuất xứ,FECDEP\\, chống lẩn tránh\r\n');
    expect(unfolded).toContain('\r\nTEL;VALUE=text;TYPE=cell,voice:+84 912 345 678\r\n');
    expect(unfolded).toContain('\r\nADR;TYPE=work:;;;;;;Vietnam\r\nX-ATTACHE-COUNTRY:VN\r\n');
  });

  it('folds at 75 octets, never inside a UTF-8 character', () => {
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    // Three-octet "ễ" and four-octet "𠀋" (a surrogate pair) are never cut: a line ends early instead.
    const folded = foldLine(`NOTE:${'ễ'.repeat(30)}${'𠀋'.repeat(20)}`).split('\r\n');
    expect(folded.map(octets)).toEqual([74, 74, 29]);
    expect(folded.join('\n').replace(/\n /g, '')).toBe(`NOTE:${'ễ'.repeat(30)}${'𠀋'.repeat(20)}`);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('reads back the same contacts', () => {
    expect(readContactsVCard(text)).toEqual({ contacts: sampleDrafts, errors: [] });
    expect(readContactsVCard(text.replace(/\r\n/g, '\n')).contacts).toEqual(sampleDrafts);
  });
});

describe('readContactsVCard', () => {
  it('reads an Outlook vCard 2.1 with quoted-printable UTF-8 and bare TYPE parameters', () => {
    const outlook = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;LANGUAGE=vi;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n;V=C4=83n B=C3=ACnh',
      'FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n V=C4=83n B=C3=ACnh',
      'ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:C=E1=BB=A5c H=E1=BA=A3i quan TP. H=E1=BB=93 Ch=C3=AD Minh;Ph=C3=B2ng=',
      ' Nghi=E1=BB=87p v=E1=BB=A5',
      'TITLE:Deputy Director',
      'TEL;WORK;VOICE:+84 28 3829 4545',
      'TEL;CELL;VOICE:+84 903 111 222',
      'TEL;WORK;FAX:+84 28 3829 0000',
      'EMAIL;PREF;INTERNET:binh.tv@hcmcustoms.gov.vn',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:D=C3=B2ng 1=0D=0AD=C3=B2ng 2=3D2',
      'ADR;WORK;PREF:;;2 H=C3=A0m Nghi;Ho Chi Minh City;;;Vietnam',
      'END:VCARD',
    ].join('\r\n');
    const { contacts, errors } = readContactsVCard(outlook);
    expect(errors).toEqual([]);
    expect(contacts).toEqual([
      expect.objectContaining({
        familyName: 'Trần',
        givenName: 'Văn Bình',
        nameOrder: 'familyFirst',
        organisation: 'Cục Hải quan TP. Hồ Chí Minh',
        unit: 'Phòng Nghiệp vụ',
        phone: '+84 28 3829 4545',
        mobile: '+84 903 111 222',
        email: 'binh.tv@hcmcustoms.gov.vn',
        // QP carries the CRLF as written; the schema keeps it, as it keeps a typed one.
        notes: 'Dòng 1\r\nDòng 2=2',
        country: 'VN',
        side: null,
      }),
    ]);
  });

  it('reads Apple Contacts 3.0 with item1. groups, both TYPE spellings and a folded note', () => {
    const apple = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//macOS 14.5//EN',
      'N:Park;Ji-won;;;',
      'FN:Ji-won Park',
      'ORG:Korea Customs Service;Origin Verification Division',
      'item1.EMAIL;type=INTERNET;type=WORK;type=pref:jwpark@customs.go.kr',
      'item1.X-ABLabel:_$!<Work>!$_',
      'TEL;type=CELL;type=VOICE;type=pref:+82 10-1234-5678',
      'TEL;TYPE=work,voice:+82 42 481 7700',
      'item2.ADR;type=WORK:;;Government Complex;Daejeon;;35208;South Korea',
      'item2.X-ABADR:kr',
      'NOTE:Met at WCO Origin Committee\\, Brussels\\; prefers Korean-English interp',
      ' reter.',
      'CATEGORIES:origin,AEO',
      'END:VCARD',
    ].join('\n');
    const { contacts, errors } = readContactsVCard(apple);
    expect(errors).toEqual([]);
    expect(contacts[0]).toMatchObject({
      familyName: 'Park',
      givenName: 'Ji-won',
      nameOrder: 'givenFirst',
      organisation: 'Korea Customs Service',
      unit: 'Origin Verification Division',
      email: 'jwpark@customs.go.kr',
      mobile: '+82 10-1234-5678',
      phone: '+82 42 481 7700',
      country: 'KR',
      topics: ['origin', 'AEO'],
      notes: 'Met at WCO Origin Committee, Brussels; prefers Korean-English interpreter.',
    });
  });

  it('reads a Google 3.0 export, and a card with FN only keeps it whole', () => {
    const google = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Lê Minh Tuấn',
      'N:Lê;Minh Tuấn;;;',
      'EMAIL;TYPE=INTERNET;TYPE=HOME:tuan.le@gmail.com',
      'EMAIL;TYPE=INTERNET;TYPE=WORK:Tuan.LM@Customs.gov.vn',
      'TEL;TYPE=CELL:0912 000 111',
      'CATEGORIES:myContacts',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Sukarno',
      'END:VCARD',
    ].join('\r\n');
    const { contacts, errors } = readContactsVCard(google);
    expect(errors).toEqual([]);
    expect(contacts[0]).toMatchObject({ familyName: 'Lê', givenName: 'Minh Tuấn', nameOrder: 'familyFirst', email: 'tuan.lm@customs.gov.vn', mobile: '0912 000 111' });
    expect(contacts[1]).toMatchObject({ familyName: '', givenName: 'Sukarno', nameOrder: 'givenFirst' });
  });

  it('reports bad cards by number and still reads the others', () => {
    const text = [
      'BEGIN:VCARD\nVERSION:4.0\nN:Good;One;;;\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:4.0\nN:Bad;Mail;;;\nEMAIL:not-an-address\nX-ATTACHE-SIDE:neutral\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:4.0\nTITLE:Nobody\nADR:;;;;;;Atlantis\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:2.1\nN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=FF=FE\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:4.0\nN:Also;Good;;;\nEND:VCARD',
      'BEGIN:VCARD\nVERSION:4.0\nN:Cut;Off;;;',
    ].join('\n');
    const { contacts, errors } = readContactsVCard(text);
    expect(contacts.map((c) => c.familyName)).toEqual(['Good', 'Also']);
    expect(errors.map(({ card, field, value }) => ({ card, field, value }))).toEqual([
      { card: 2, field: 'X-ATTACHE-SIDE', value: 'neutral' },
      { card: 2, field: 'EMAIL', value: 'not-an-address' },
      { card: 3, field: 'ADR', value: 'Atlantis' },
      { card: 3, field: 'N', value: '' },
      { card: 4, field: null, value: 'N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=FF=FE' },
      { card: 4, field: 'N', value: '' },
      { card: 6, field: null, value: '' },
    ]);
    expect(errors[0]?.message).toContain('own, counterpart');
    expect(readContactsVCard('hello').errors).toMatchObject([{ card: 0, field: null }]);
  });
});
