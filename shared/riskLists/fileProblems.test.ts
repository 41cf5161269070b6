import { describe, expect, it } from 'vitest';
import { fileProblemText, rowErrorIn, type DetailedRowError } from './fileProblems';
import { fileProblemTexts, type FileProblemCode } from './fileProblemTexts';
import { parseRiskListCsv, readRiskListCsv } from './parseRiskListCsv';
import { parseRiskListJson, readRiskListJson } from './parseRiskListJson';

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const codes = (language: 'en' | 'vi') => Object.keys(fileProblemTexts[language]).sort();

describe('the catalogue of file problems', () => {
  it('has the same codes in English and Vietnamese, each naming the same pieces', () => {
    expect(codes('vi')).toEqual(codes('en'));
    for (const code of codes('en') as FileProblemCode[]) {
      expect([code, placeholders(fileProblemTexts.vi[code])]).toEqual([code, placeholders(fileProblemTexts.en[code])]);
      expect(fileProblemTexts.vi[code].trim()).not.toBe('');
    }
  });

  it('is translated, not copied, except the sentences made only of the file’s words and a schema rule', () => {
    const same = codes('en').filter((code) => fileProblemTexts.en[code as FileProblemCode] === fileProblemTexts.vi[code as FileProblemCode]);
    expect(same).toEqual(['schema.identifier', 'schema.subject']);
  });

  it('tells a schema rule in the sentence’s language, lower-cased after a colon, and a file’s "{{…}}" as written', () => {
    const problem = { code: 'schema.entry', params: { rule: 'validation.hsCode.format' } } as const;
    expect(fileProblemText(problem, 'en')).toBe('Invalid value "" in this entry: an HS code contains digits only.');
    expect(fileProblemText(problem, 'vi')).toBe('Mục này có giá trị không hợp lệ: mã HS chỉ gồm các chữ số.');
    const detail = { code: 'csv.unreadableRow', params: { detail: 'odd {{value}} $&' } } as const;
    expect(fileProblemText(detail, 'vi')).toBe('Không đọc được dòng này theo định dạng CSV (odd {{value}} $&).');
  });
});

// Files that between them make every problem a file can have (the two not reachable from a file,
// a papaparse error other than quotes and an issue on no column, are told above).
const csvFiles = [
  '',
  'source_ref,subject_type,name,colour,Name\nR1,company,A,red,B\n',
  'source_ref,name\nR1,Công ty A\n',
  [
    'source_ref,subject_type,name,hs_code,goods_description,identifiers,country,valid_from,valid_to,listed_on,risk_level,risk_categories,name_latin',
    'R1,company,Công ty TNHH Thép Việt,,,VN_MST:0100233488,VN',
    'R1,company,Công ty TNHH Khác',
    'R2,company,Công ty B,,,VN_MST:0100233489|LEI:123|TIN:1|0100233488,Vietnam,02/01/2026,2026-02-30,1800-01-01,critical,ipr|ipr',
    'R3,company,Công ty C,,,,,2026-03-01,2026-01-31,,,,' + 'x'.repeat(301),
    'R4,vessel,X',
    'R5,,Công ty D',
    'R6,company,',
    'R7,goods,,72AB',
    ',goods,,721310',
    ',goods,,7213.10',
    ',goods,,,Thép cuộn',
    ',goods,,,thép  cuộn',
    ',company,Công ty E',
    ',company,CÔNG TY E.',
    ',person,Nguyễn Văn A',
    ',person,nguyễn văn a',
    ',industry,Thép',
    ',industry,thép',
    ',company,Công ty F,,,,,,,,,,,Hà Nội',
    ',company,"Công ty G',
  ].join('\n'),
  'id,schema,name\nQ1,Person,Ivan\nQ1,Person,Ivan Petrov\n',
];
const company = { sourceRef: '17', subjectType: 'company', primaryName: 'Công ty TNHH Thép Việt' };
const jsonFiles = [
  '{ "entries": [ { "subjectType": "company", } ] }',
  '[]',
  JSON.stringify({
    list: { name: 1, source: 'leaked', issuedOn: '2026-13-01' },
    entries: [company, company, 'not an entry', { subjectType: 'goods', hsCode: '721310', hsLevel: 4, colour: 'red' }],
  }),
];
const problems: DetailedRowError[] = [...csvFiles.flatMap((t) => readRiskListCsv(t).errors), ...jsonFiles.flatMap((t) => readRiskListJson(t).errors)];
const inVietnamese = problems.map((e) => rowErrorIn(e, 'vi'));
const said = (row: number, column: string | null) => inVietnamese.filter((e) => e.row === row && e.column === column).map((e) => e.message);

describe('file problems in Vietnamese', () => {
  it('covers every problem a file can have', () => {
    const made = new Set(problems.map((e) => e.problem.code));
    expect(codes('en').filter((code) => !made.has(code as FileProblemCode))).toEqual(['csv.unreadableRow', 'schema.entry']);
  });

  it('gives every problem a Vietnamese sentence, its English one being the RowError message', () => {
    for (const [i, e] of problems.entries()) {
      expect(fileProblemText(e.problem, 'en')).toBe(e.message);
      expect(inVietnamese[i]?.message).not.toBe(e.message);
      expect(inVietnamese[i]?.message).not.toMatch(/\{\{|validation\./);
      expect(inVietnamese[i]).toEqual({ row: e.row, column: e.column, value: e.value, message: inVietnamese[i]?.message });
    }
  });

  it('names the column and value as the file wrote them', () => {
    expect(said(1, 'colour')).toEqual([expect.stringMatching(/^Không nhận biết được cột "colour": tên cột phải là một trong các tên sau: source_ref, subject_type/)]);
    expect(said(1, 'Name')).toEqual(['Cột "Name" xuất hiện hai lần: chỉ giữ lại một cột.']);
    expect(said(4, 'valid_from')).toEqual(['Không đọc được ngày "02/01/2026" ở cột valid_from: ghi ngày theo dạng YYYY-MM-DD (năm-tháng-ngày).']);
    expect(said(4, 'valid_to')).toEqual(['Ngày 2026-02-30 ở cột valid_to không tồn tại trên lịch: ghi ngày theo dạng YYYY-MM-DD (năm-tháng-ngày).']);
    expect(said(3, 'source_ref')).toEqual(['Mục trùng lặp: source_ref "R1" đã có ở dòng 2; mỗi đối tượng chỉ được ghi một lần.']);
    expect(said(4, 'identifiers')).toEqual([
      expect.stringMatching(/^Không nhận biết được loại mã định danh "TIN": loại mã phải là một trong các loại sau: VN_MST, /),
      'Mã định danh "0100233488" thiếu loại mã: ghi theo dạng LOẠI:SỐ, ví dụ VN_MST:0100233488.',
      'VN_MST 0100233489: chữ số kiểm tra không đúng.',
      'LEI 123: mã LEI gồm 18 chữ cái hoặc chữ số, tiếp theo là 2 chữ số kiểm tra.',
    ]);
    expect(said(4, 'risk_level')).toEqual(['Giá trị "critical" ở cột risk_level không hợp lệ: phải là một trong các giá trị low, medium, high, very_high.']);
    expect(said(9, 'hs_code')).toEqual(['Mã HS "72AB": mã HS chỉ gồm các chữ số.']);
    expect(said(15, 'name')).toEqual(['Mục trùng lặp: tên doanh nghiệp "CÔNG TY E." đã có ở dòng 14; mỗi đối tượng chỉ được ghi một lần.']);
  });

  it('says what is wrong with a JSON document in Vietnamese', () => {
    expect(said(0, null)).toEqual([expect.stringMatching(/^Tệp không phải là JSON hợp lệ \(.+\): tệp phải có dạng \{ "list"/)]);
    expect(said(0, 'list.source')).toEqual(['Giá trị "leaked" ở cột list.source không hợp lệ.']);
    expect(said(2, 'sourceRef')).toEqual(['Mục trùng lặp: sourceRef "17" đã có ở dòng 1; mỗi đối tượng chỉ được ghi một lần.']);
    expect(said(4, 'colour')).toEqual(['Không nhận biết được trường "colour": mỗi mục chỉ gồm các trường của RiskEntry (subjectType, hsCode, primaryName, …).']);
  });
});

describe('the public parsers', () => {
  it('return plain RowErrors, the detailed readers the same with their problem', () => {
    const pairs = [...csvFiles.map((t) => [parseRiskListCsv(t), readRiskListCsv(t)] as const), ...jsonFiles.map((t) => [parseRiskListJson(t), readRiskListJson(t)] as const)];
    for (const [plain, detailed] of pairs) {
      for (const e of plain.errors) expect(Object.keys(e)).toEqual(['row', 'column', 'value', 'message']);
      expect(plain.errors).toEqual(detailed.errors.map(({ problem: _problem, ...e }) => e));
      expect(plain.entries).toEqual(detailed.entries);
    }
  });
});
