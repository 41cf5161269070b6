import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvMediaType, csvSafe, datedCsvName, saveCsv, toCsv } from './csv';

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('csvSafe', () => {
  it('prefixes a quote to cells a spreadsheet would run as a formula (OWASP)', () => {
    for (const cell of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","y")']) {
      expect(csvSafe(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves everything else as it is', () => {
    for (const cell of ['', 'Nguyễn Văn An', '2026-K7QX-0042', 'a=b', "'quoted", '1,5']) expect(csvSafe(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark for Excel and ends lines with CRLF', () => {
    const csv = toCsv([['Reference', 'Subject'], ['2026-K7QX-0042', 'Thép cuộn']]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toBe('\ufeffReference,Subject\r\n2026-K7QX-0042,Thép cuộn');
  });

  it('neutralises formulas in text but writes numbers plainly, negative ones too', () => {
    const [row] = parse(toCsv([['=cmd|/c calc', '@ref', '-1', -3, 12.5, 0]]));
    expect(row).toEqual(["'=cmd|/c calc", "'@ref", "'-1", '-3', '12.5', '0']);
  });

  it('quotes commas, quotes and line breaks, and leaves missing values empty', () => {
    const csv = toCsv([['a, b', 'say "hi"', 'two\nlines', null, undefined, Number.NaN]]);
    expect(parse(csv)).toEqual([['a, b', 'say "hi"', 'two\nlines', '', '', '']]);
  });
});

describe('datedCsvName', () => {
  it('is named after the local day', () => {
    expect(datedCsvName('audit', new Date(2026, 0, 5, 23, 59))).toBe('audit-2026-01-05.csv');
  });
});

describe('saveCsv', () => {
  it('hands the file to the Platform as UTF-8 CSV and says whether it was saved', async () => {
    const saved: unknown[][] = [];
    const platform = {
      saveFile: (name: string, data: Uint8Array | string, type: string) => {
        saved.push([name, data, type]);
        return Promise.resolve(name !== 'cancel.csv');
      },
    };
    expect(await saveCsv(platform, 'register.csv', [['x'], [1]])).toBe(true);
    expect(saved[0]).toEqual(['register.csv', '\ufeffx\r\n1', csvMediaType]);
    expect(await saveCsv(platform, 'cancel.csv', [['x']])).toBe(false);
  });
});
