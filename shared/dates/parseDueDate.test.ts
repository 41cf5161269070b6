import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../domain/text';
import { parseDueDate } from './index';

/** Thursday 3 December 2026: the day every table below is read on unless it says otherwise. */
const thursday = '2026-12-03';
const en = (text: string, today = thursday) => parseDueDate(text, { today, language: 'en' });
const vi = (text: string, today = thursday) => parseDueDate(text, { today, language: 'vi' });

type Row = [text: string, expected: string | null];

describe('parseDueDate, written dates', () => {
  it.each<Row>([
    ['2027-01-15', '2027-01-15'],
    ['2027/01/15', '2027-01-15'],
    ['15/1', '2027-01-15'],
    ['15/01/2027', '2027-01-15'],
    ['15-01-2027', '2027-01-15'],
    ['15.1.', '2027-01-15'],
    ['15.01.2027', '2027-01-15'],
    ['15/1/27', '2027-01-15'],
    ['15 / 1', '2027-01-15'],
    ['1/2', '2027-02-01'],
    ['01/15/2027', '2027-01-15'],
    ['12/31/2026', '2026-12-31'],
    ['4/12', '2026-12-04'],
    ['15 Jan', '2027-01-15'],
    ['15 January 2027', '2027-01-15'],
    ['Jan 15', '2027-01-15'],
    ['January 15, 2027', '2027-01-15'],
    ['15th Jan', '2027-01-15'],
    ['the 15th of January', '2027-01-15'],
    ['15-Jan-2027', '2027-01-15'],
    ['Jan. 15th', '2027-01-15'],
    ['15 Jan next year', '2027-01-15'],
    ['the 15th', '2026-12-15'],
    ['15th of next month', '2027-01-15'],
    ['Friday 15 January 2027', '2027-01-15'],
    ['Thursday 15 January 2027', null],
    ['Tuesday the 15th', '2026-12-15'],
  ])('en %j → %s', (text, expected) => expect(en(text)).toBe(expected));

  it.each<Row>([
    ['ngày 15/1', '2027-01-15'],
    ['ngày 15 tháng 1', '2027-01-15'],
    ['ngày 15 tháng 1 năm 2027', '2027-01-15'],
    ['15 tháng 1', '2027-01-15'],
    ['15 thg 1', '2027-01-15'],
    ['ngày 15 tháng Một', '2027-01-15'],
    ['ngày 30 tháng Tư', '2027-04-30'],
    ['15 tháng sáu', '2027-06-15'],
    ['ngày 2 tháng 12', '2027-12-02'],
    ['15/1 năm sau', '2027-01-15'],
    ['mùng 5', '2026-12-05'],
    ['ngày 15', '2026-12-15'],
    ['ngày 2', '2027-01-02'],
    ['ngày 15 tháng sau', '2027-01-15'],
    ['ngày 2 tháng này', null],
    ['thứ Sáu, ngày 15/1/2027', '2027-01-15'],
    ['15/1 (T6)', '2027-01-15'],
    ['thứ 5 ngày 15/1/2027', null],
    // Lunar months: tháng Giêng is the month of Tết, not January.
    ['15 tháng Giêng', null],
  ])('vi %j → %s', (text, expected) => expect(vi(text)).toBe(expected));

  it('returns a date typed with its year as typed, even in the past', () => {
    expect(en('2025-01-15')).toBe('2025-01-15');
    expect(vi('15/1/2025')).toBe('2025-01-15');
    expect(en('end of 2025')).toBe('2025-12-31');
  });

  it('rolls a day and month without a year to next year once passed; today is not passed', () => {
    expect(vi('15/1', '2026-12-04')).toBe('2027-01-15');
    expect(vi('15/1', '2027-01-15')).toBe('2027-01-15');
    expect(vi('14/1', '2027-01-15')).toBe('2028-01-14');
    expect(en('31/12', '2026-12-31')).toBe('2026-12-31');
    expect(en('1/1', '2026-12-31')).toBe('2027-01-01');
    expect(vi('15/1 năm nay', '2027-01-10')).toBe('2027-01-15');
    expect(vi('15/1 năm nay', '2027-01-20')).toBe(null);
  });

  it('reads 29 February only in a year that has one', () => {
    expect(en('29/2', '2027-12-03')).toBe('2028-02-29');
    expect(en('29/2', '2028-02-29')).toBe('2028-02-29');
    expect(en('29/2', '2026-12-04')).toBe(null);
    expect(en('29/2', '2028-03-01')).toBe(null);
    expect(en('29 Feb 2029')).toBe(null);
  });

  it('reads a day of the month alone as this month’s, else next month’s only', () => {
    expect(vi('ngày 31', '2027-02-05')).toBe('2027-03-31');
    expect(vi('ngày 30', '2027-01-31')).toBe(null);
  });
});

describe('parseDueDate, days and spans from today', () => {
  it.each<Row>([
    ['today', thursday],
    ['EOD', thursday],
    ['this evening', thursday],
    ['tomorrow', '2026-12-04'],
    ['day after tomorrow', '2026-12-05'],
    ['in 2 weeks', '2026-12-17'],
    ['in 10 days', '2026-12-13'],
    ['in 3 months', '2027-03-03'],
    ['2 weeks', '2026-12-17'],
    ['within 10 days', '2026-12-13'],
    ['in a week', '2026-12-10'],
    ['two weeks', '2026-12-17'],
    ['ten days', '2026-12-13'],
    ['twenty-one days', '2026-12-24'],
    ['a fortnight', '2026-12-17'],
    ['10 days from now', '2026-12-13'],
    ['in the next 10 days', '2026-12-13'],
    ['2w', '2026-12-17'],
    ['in 1 year', '2027-12-03'],
    ['in 3 business days', '2026-12-08'],
  ])('en %j → %s', (text, expected) => expect(en(text)).toBe(expected));

  it.each<Row>([
    ['hôm nay', thursday],
    ['tối nay', thursday],
    ['ngày mai', '2026-12-04'],
    ['sáng mai', '2026-12-04'],
    ['ngày kia', '2026-12-05'],
    ['ngày mốt', '2026-12-05'],
    ['2 tuần nữa', '2026-12-17'],
    ['10 ngày nữa', '2026-12-13'],
    ['trong 10 ngày', '2026-12-13'],
    ['trong vòng 30 ngày', '2027-01-02'],
    ['sau 2 tuần', '2026-12-17'],
    ['3 tháng nữa', '2027-03-03'],
    ['một tuần nữa', '2026-12-10'],
    ['hai tuần nữa', '2026-12-17'],
    ['mười ngày nữa', '2026-12-13'],
    ['mười lăm ngày nữa', '2026-12-18'],
    ['hai mươi mốt ngày nữa', '2026-12-24'],
    ['sáu tuần nữa', '2027-01-14'],
    ['3 tuần tới', '2026-12-24'],
    ['10 ngày kể từ hôm nay', '2026-12-13'],
    ['10 ngày làm việc', '2026-12-17'],
    ['hai năm nữa', '2028-12-03'],
    ['sáu mươi ngày', '2027-02-01'],
    ['sau mười ngày', '2026-12-13'],
    // The two above without marks: 60 days, or after 10?
    ['sau muoi ngay', null],
    // "ngày kìa" is three days ahead in the north, two in the south: not read.
    ['ngày kìa', null],
  ])('vi %j → %s', (text, expected) => expect(vi(text)).toBe(expected));

  it('counts working days over weekends only', () => {
    expect(vi('5 ngày làm việc', '2026-12-05')).toBe('2026-12-11');
    expect(vi('1 ngày làm việc', '2026-12-05')).toBe('2026-12-07');
    expect(en('in 2 business days', '2026-12-04')).toBe('2026-12-08');
  });

  it('clamps month spans to the month’s end', () => {
    expect(en('in 1 month', '2027-01-31')).toBe('2027-02-28');
    expect(en('in 2 months', '2026-12-31')).toBe('2027-02-28');
    expect(en('in 1 year', '2028-02-29')).toBe('2029-02-28');
  });
});

describe('parseDueDate, weekdays (Monday-start weeks)', () => {
  it.each<Row>([
    ['Friday', '2026-12-04'],
    ['Fri', '2026-12-04'],
    ['by Friday', '2026-12-04'],
    ['this Friday', '2026-12-04'],
    ['next Friday', '2026-12-11'],
    ['Friday next week', '2026-12-11'],
    ['next week Friday', '2026-12-11'],
    ['Thursday', '2026-12-10'],
    ['this Thursday', thursday],
    ['this Monday', null],
    ['Monday', '2026-12-07'],
    ['next Monday', '2026-12-07'],
    ['Sunday', '2026-12-06'],
    ['next Sunday', '2026-12-13'],
    ['Friday at 17:00', '2026-12-04'],
    ['Thu', '2026-12-10'],
    ['last Friday', null],
  ])('en %j → %s', (text, expected) => expect(en(text)).toBe(expected));

  it.each<Row>([
    ['thứ Sáu', '2026-12-04'],
    ['thứ 6', '2026-12-04'],
    ['T6', '2026-12-04'],
    ['thứ sáu tuần sau', '2026-12-11'],
    ['thứ 6 tuần tới', '2026-12-11'],
    ['thứ sáu tuần này', '2026-12-04'],
    ['thứ 6 tới', '2026-12-04'],
    ['thứ 2 tuần sau nữa', '2026-12-14'],
    ['chủ nhật', '2026-12-06'],
    ['CN', '2026-12-06'],
    ['CN tuần sau', '2026-12-13'],
    ['thứ tư', '2026-12-09'],
    ['thứ năm', '2026-12-10'],
    ['thứ bảy', '2026-12-05'],
    ['T7 tuần này', '2026-12-05'],
    ['chiều thứ 6', '2026-12-04'],
    ['15h30 thứ 6 tuần sau', '2026-12-11'],
    ['thứ 6 tuần trước', null],
    // Vietnamese "thứ" with no number, or an unmarked "thu" (autumn) in Vietnamese text.
    ['thứ', null],
    ['Thu', null],
  ])('vi %j → %s', (text, expected) => expect(vi(text)).toBe(expected));

  it('puts a bare weekday said on that day a week away, and "this" on today', () => {
    expect(en('Friday', '2026-12-04')).toBe('2026-12-11');
    expect(en('this Friday', '2026-12-04')).toBe('2026-12-04');
  });

  it('reads weekdays across a weekend and a year end', () => {
    expect(en('Monday', '2026-12-06')).toBe('2026-12-07');
    expect(en('next Friday', '2026-12-06')).toBe('2026-12-11');
    expect(en('this Friday', '2026-12-05')).toBe(null);
    expect(vi('thứ 6', '2026-12-31')).toBe('2027-01-01');
    expect(vi('thứ 5 tuần sau', '2026-12-31')).toBe('2027-01-07');
  });
});

describe('parseDueDate, ends and starts of periods', () => {
  it.each<Row>([
    ['end of month', '2026-12-31'],
    ['by the end of the month', '2026-12-31'],
    ['EOM', '2026-12-31'],
    ['month end', '2026-12-31'],
    ['end of next month', '2027-01-31'],
    ['end of quarter', '2026-12-31'],
    ['end of next quarter', '2027-03-31'],
    ['end of Q1', '2027-03-31'],
    ['end of year', '2026-12-31'],
    ['end of the week', '2026-12-04'],
    ['end of next week', '2026-12-11'],
    ['within the week', '2026-12-04'],
    ['end of January', '2027-01-31'],
    ['next week', '2026-12-07'],
    ['week after next', '2026-12-14'],
    ['this week', null],
    ['next month', null],
    ['next year', null],
  ])('en %j → %s', (text, expected) => expect(en(text)).toBe(expected));

  it.each<Row>([
    ['cuối tháng', '2026-12-31'],
    ['cuối tháng sau', '2027-01-31'],
    ['cuối tháng sáu', '2027-06-30'],
    ['cuối tháng 11', '2027-11-30'],
    ['cuối tháng 1/2027', '2027-01-31'],
    ['đến hết tháng này', '2026-12-31'],
    ['trong tháng', '2026-12-31'],
    ['trong tháng 1', '2027-01-31'],
    ['cuối quý', '2026-12-31'],
    ['cuối quý sau', '2027-03-31'],
    ['cuối quý I/2027', '2027-03-31'],
    ['cuối năm', '2026-12-31'],
    ['cuối năm sau', '2027-12-31'],
    ['cuối năm 2027', '2027-12-31'],
    ['cuối tuần', '2026-12-04'],
    ['cuối tuần sau', '2026-12-11'],
    ['tuần sau', '2026-12-07'],
    ['tuần tới', '2026-12-07'],
    ['đầu tuần sau', '2026-12-07'],
    ['sang tuần', '2026-12-07'],
    ['tuần sau nữa', '2026-12-14'],
    ['tuần này', null],
    ['tháng sau', null],
  ])('vi %j → %s', (text, expected) => expect(vi(text)).toBe(expected));

  it('reads period ends on their last day, across quarters and leap years', () => {
    expect(en('end of quarter', '2026-11-15')).toBe('2026-12-31');
    expect(en('end of quarter', '2026-12-31')).toBe('2026-12-31');
    expect(en('end of next quarter', '2026-12-31')).toBe('2027-03-31');
    expect(en('end of month', '2028-02-29')).toBe('2028-02-29');
    expect(vi('cuối tháng 2', '2028-02-10')).toBe('2028-02-29');
    expect(vi('cuối tháng 2', '2028-03-01')).toBe('2029-02-28');
    expect(vi('cuối năm', '2026-12-31')).toBe('2026-12-31');
  });

  it('reads the end of the week said on a weekend as the coming Friday', () => {
    expect(vi('cuối tuần', '2026-12-05')).toBe('2026-12-11');
    expect(en('end of the week', '2026-12-06')).toBe('2026-12-11');
  });
});

describe('parseDueDate, words around the date', () => {
  it.each<Row>([
    ['trước ngày 15/1', '2027-01-15'],
    ['before 15/1', '2027-01-15'],
    ['Hạn chót: 15/1', '2027-01-15'],
    ['hạn: thứ Sáu tuần sau', '2026-12-11'],
    ['chậm nhất 15/1', '2027-01-15'],
    ['15/1 chậm nhất', '2027-01-15'],
    ['đến 15/1', '2027-01-15'],
    ['due 15/1', '2027-01-15'],
    ['Due by: end of the month.', '2026-12-31'],
    ['no later than 15 January 2027', '2027-01-15'],
    ['on or before 15/1', '2027-01-15'],
    ['15/01/2027 at the latest', '2027-01-15'],
    ['17h ngày 15/1', '2027-01-15'],
    ['cuối ngày 15/1', '2027-01-15'],
    ['EOD Friday', '2026-12-04'],
    ['  NEXT   friday ', '2026-12-11'],
    ['THỨ SÁU TUẦN SAU', '2026-12-11'],
  ])('%j → %s', (text, expected) => expect(vi(text)).toBe(expected));
});

describe('parseDueDate, what it does not read', () => {
  it.each([
    '31/2', '2027-02-30', '32/1', '0/1', '15/13', '1/1/1', '15/01/20277',
    'asap', 'ASAP', 'soon', '', '   ', 'TBD', 'N/A', 'next meeting', 'sau cuộc họp', 'after Friday', 'sau thứ 6',
    'từ 15/1', '12 - 15', 'about 2 weeks', 'khoảng 2 tuần', '2-3 weeks', 'in 2 hours', '2 giờ nữa', 'yesterday', 'hôm qua',
    'hôm kia', 'tháng 1', '2027', 'jan', 'by', 'một', 'the Friday after next', 'Friday after the meeting',
    'sát', 'constructor', '__proto__', 'x'.repeat(200),
  ])('%j → null', (text) => {
    expect(en(text)).toBe(null);
    expect(vi(text)).toBe(null);
  });

  it('reads nothing from an impossible "today"', () => {
    expect(parseDueDate('tomorrow', { today: '2026-02-30', language: 'en' })).toBe(null);
  });
});

describe('parseDueDate, Vietnamese marks', () => {
  it.each<Row>([
    ['thu sau tuan sau', '2026-12-11'],
    ['thu 6 tuan toi', '2026-12-11'],
    ['cuoi thang', '2026-12-31'],
    ['cuoi thang sau', '2027-01-31'],
    ['cuoi quy', '2026-12-31'],
    ['cuoi tuan', '2026-12-04'],
    ['tuan sau', '2026-12-07'],
    ['hom nay', thursday],
    ['ngay mai', '2026-12-04'],
    ['ngay mot', '2026-12-05'],
    ['hai tuan nua', '2026-12-17'],
    ['muoi lam ngay nua', '2026-12-18'],
    ['sau tuan nua', '2027-01-14'],
    ['truoc ngay 15 thang 1', '2027-01-15'],
    ['han chot thu 6', '2026-12-04'],
    ['chu nhat', '2026-12-06'],
  ])('unmarked %j → %s', (text, expected) => expect(vi(text)).toBe(expected));

  it.each([
    'thứ sáu tuần sau', 'cuối tháng', 'hai tuần nữa', 'ngày 15 tháng 1 năm 2027', 'chủ nhật tuần này', 'trước ngày 15/1',
    'mười lăm ngày nữa', 'cuối quý sau', 'đầu tuần sau', 'thứ tư',
  ])('reads %j as its unmarked form does', (text) => {
    expect(vi(text)).not.toBe(null);
    expect(vi(foldVietnamese(text))).toBe(vi(text));
  });

  it('tells marked words apart that fold alike', () => {
    expect(vi('cuối tháng sáu')).toBe('2027-06-30');
    expect(vi('cuối tháng sau')).toBe('2027-01-31');
    expect(vi('mốt')).toBe('2026-12-05');
    expect(vi('mot')).toBe(null);
  });
});
