import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { FollowUpLetter } from './FollowUpLetter';
import { Minutes } from './Minutes';
import type { DocumentLanguage } from './documentWords';
import type { MinutesKind } from './minutesContent';
import { documentsI18n, julyMeeting } from './testMeeting';

/** The text as a reader sees it, tags dropped. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function minutes(language: DocumentLanguage, kind: MinutesKind): string {
  return text(
    renderToStaticMarkup(
      <I18nextProvider i18n={documentsI18n()}>
        <Minutes bundle={julyMeeting()} language={language} kind={kind} />
      </I18nextProvider>,
    ),
  );
}

function letter(language: DocumentLanguage): string {
  return text(
    renderToStaticMarkup(
      <I18nextProvider i18n={documentsI18n()}>
        <FollowUpLetter bundle={julyMeeting()} language={language} today="2026-07-20" />
      </I18nextProvider>,
    ),
  );
}

describe('Minutes', () => {
  it('prints joint minutes: heading, both zones, delegations, the agenda in order with its lines, signatures', () => {
    const t = minutes('en', 'joint');
    expect(t).toContain('Joint Minutes of the CMAA Joint Committee, 5th session');
    expect(t).toContain('OFFICIAL USE ONLY');
    expect(t).toContain('14 Jul 2026, 09:00–16:30 (Ho Chi Minh time, UTC+7)');
    expect(t).toContain('(New York time, UTC\u22124)');
    expect(t).toContain('Delegation of Vietnam Customs');
    expect(t).toContain('NGUYỄN Văn Cẩn');
    expect(t).not.toContain('Jane');
    const order = ['General', 'Noted: The adoption of the agenda.', '1. Origin verification cooperation', 'Deferred:', 'AI-2026-015', '2. Risk management', 'Agreed:', 'AI-2026-014'];
    const at = order.map((part) => t.indexOf(part));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(t).toContain('Risk list — High-risk HS codes, Q2 2026 — handed over by Vietnam Customs');
    expect(t).toContain('Next meeting');
    expect(t).toContain('For the delegation of U.S. Customs and Border Protection');
  });

  it('prints a unilateral record without signatures, and a bilingual one in both languages', () => {
    const record = minutes('en', 'unilateral');
    expect(record).toContain('Record of the meeting');
    expect(record).not.toContain('For the delegation of');
    const both = minutes('bilingual', 'joint');
    expect(both).toContain('Joint Minutes of the CMAA Joint Committee, 5th session');
    expect(both).toContain('Biên bản chung CMAA Joint Committee, 5th session');
    expect(both).toContain('Decisions / Kết luận');
    expect(minutes('vi', 'joint')).not.toContain('Joint Minutes');
  });
});

describe('FollowUpLetter', () => {
  it('prints the meeting, the decisions and the action items table with their status', () => {
    const t = letter('en');
    expect(t).toContain('Follow-up to our meeting');
    expect(t).toContain('Subject Follow-up to the CMAA Joint Committee, 5th session of 14 Jul 2026');
    expect(t).toContain('Agreed: Exchange updated risk lists quarterly. (Agenda item: Risk management)');
    expect(t).toContain('Reference Action Responsible Due date Status');
    expect(t).toContain('AI-2026-014 Send the updated high-risk goods list. Vietnam Customs — Risk Management Department 30 Sep 2026 Open');
    expect(t).toContain('Yours faithfully,');
    expect(letter('vi')).toContain('Kính gửi U.S. Customs and Border Protection');
  });
});
