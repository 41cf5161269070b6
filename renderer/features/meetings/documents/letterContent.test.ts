import { describe, expect, it } from 'vitest';
import { documentWords } from './documentWords';
import { followUpLetterContent } from './letterContent';
import { documentsI18n, julyMeeting } from './testMeeting';

const i18n = documentsI18n();

describe('followUpLetterContent', () => {
  it('names the meeting and its day at the venue, from our side to theirs, dated today', () => {
    const c = followUpLetterContent(julyMeeting(), documentWords(i18n, 'en'), '2026-07-20');
    expect(c.heading).toEqual([
      ['From', 'Vietnam Customs'],
      ['To', 'U.S. Customs and Border Protection'],
      ['Date', '20 Jul 2026'],
      ['Subject', 'Follow-up to the CMAA Joint Committee, 5th session of 14 Jul 2026'],
    ]);
    expect(c.intro).toEqual([
      'Further to the CMAA Joint Committee, 5th session held on 14 Jul 2026 at Tổng cục Hải quan, Hà Nội, we set out below the decisions taken and the actions agreed.',
    ]);
    expect(c.signedBy).toBe('Vietnam Customs');
    expect(c.nextMeeting).toEqual(['We look forward to our next meeting, planned for 10 Mar 2027.']);
  });

  it('lists every decision and every action item in the agenda order, each item with its owner, due date and status', () => {
    const c = followUpLetterContent(julyMeeting(), documentWords(i18n, 'en'), '2026-07-20');
    expect(c.decisions.map((d) => [d.kind, d.item])).toEqual([
      ['Noted', ''],
      ['Deferred', 'Origin verification cooperation'],
      ['Agreed', 'Risk management'],
    ]);
    expect(c.actionItems.map((a) => [a.reference, a.owner, a.due, a.status])).toEqual([
      ['AI-2026-015', 'U.S. Customs and Border Protection — Office of Trade', 'No date', 'In progress'],
      ['AI-2026-014', 'Vietnam Customs — Risk Management Department', '30 Sep 2026', 'Open'],
    ]);
  });

  it('writes each sentence in both languages in a bilingual letter', () => {
    const c = followUpLetterContent(julyMeeting(), documentWords(i18n, 'bilingual'), '2026-07-20');
    expect(c.intro).toHaveLength(2);
    expect(c.intro[1]).toContain('Tiếp theo CMAA Joint Committee, 5th session tổ chức ngày 14 thg 7, 2026');
    expect(c.heading[0]).toEqual(['From / Cơ quan gửi', 'Vietnam Customs']);
    expect(c.actionItems[1]!.status).toBe('Open / Chưa thực hiện');
  });
});
