import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Contact, RequestQuestion, VerificationRequest } from '../../../../shared/domain';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { printLocales } from '../../../print';
import { recordsLocales } from '../../../records';
import { requestLetterLocales } from './locales';
import { RequestLetter, type RequestLetterProps } from './RequestLetter';
import type { LetterLanguage } from './letterWords';

function testI18n() {
  const instance = i18next.createInstance();
  const bundle = (lng: 'en' | 'vi') => ({ ...requestLetterLocales[lng], ...recordsLocales[lng], ...printLocales[lng] });
  // The UI is in English: the letter must still speak its own language.
  void instance.init({
    resources: { en: { translation: bundle('en') }, vi: { translation: bundle('vi') } },
    lng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

const sent: VerificationRequest = {
  ...sampleRecords.verificationRequests,
  ourReference: '123/HQ-GSQL',
  theirReference: 'CBP-2026-0815',
  status: 'sent',
  sentOn: '2026-01-05',
  frozenAt: '2026-01-05T09:00:00.000Z',
  replyDueOn: '2026-05-05',
  extensions: [{ grantedOn: '2026-04-20', newDueOn: '2026-06-04', reason: 'Visit of the producer' }],
  goodsLines: [
    { itemNo: 2, description: 'Aluminium profiles', hsCode: '76042910', originCriterion: 'CTH', quantity: 1200, unit: 'kg', value: 9000, currency: 'USD' },
    { itemNo: 1, description: 'Wire rod', hsCode: '721391', originCriterion: 'WO', quantity: 250000, unit: 'kg', value: 137500, currency: 'USD' },
  ],
};
const question = (number: number, text: string): RequestQuestion => ({
  ...sampleRecords.requestQuestions,
  id: `q-${number}`,
  number,
  text,
});
const questions = [question(2, 'Who produced the billets?'), question(1, 'Please confirm the producer.')];
const ourContact: Contact = { ...sampleRecords.contacts, familyName: 'Nguyễn', givenName: 'Văn Cẩn', nameOrder: 'familyFirst' };

function render(language: LetterLanguage, overrides: Partial<RequestLetterProps> = {}): string {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={testI18n()}>
      <RequestLetter
        request={sent}
        questions={questions}
        attachments={[sampleRecords.attachments]}
        language={language}
        ourContact={ourContact}
        today="2026-03-01"
        {...overrides}
      />
    </I18nextProvider>,
  );
  // The text as a reader sees it, tags dropped.
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('RequestLetter', () => {
  it('prints both references, the date sent, the HS codes, the questions in order and the deadline in force', () => {
    const text = render('en');
    expect(text).toContain('Request for verification of origin');
    expect(text).toContain('Our reference 123/HQ-GSQL');
    expect(text).toContain('Your reference CBP-2026-0815');
    expect(text).toContain('Date 05 Jan 2026');
    expect(text).toContain('7604.29.10');
    expect(text).toContain('7213.91');
    expect(text.indexOf('Wire rod')).toBeLessThan(text.indexOf('Aluminium profiles'));
    expect(text.indexOf('Please confirm the producer.')).toBeLessThan(text.indexOf('Who produced the billets?'));
    expect(text).toContain('Documents requested: Production records; Bill of materials');
    // The extension's date, not the first one.
    expect(text).toContain('We would be grateful to receive your reply by 04 Jun 2026.');
    expect(text).not.toContain('05 May 2026');
    expect(text).toContain('CMAA (mutual assistance agreement), Art. 4');
    expect(text).toContain('BUSINESS CONFIDENTIAL');
    expect(text).toContain('Nguyễn Văn Cẩn');
    expect(text).toContain(sampleRecords.attachments.fileName);
    // Never a numeric date that reads differently on each side of the Atlantic.
    expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
    expect(text).not.toContain('Draft');
  });

  it('writes a Vietnamese letter in Vietnamese whatever the UI language', () => {
    const text = render('vi');
    expect(text).toContain('Đề nghị xác minh xuất xứ');
    expect(text).toContain('Ngày 05 thg 1, 2026');
    expect(text).toContain('Đề nghị Quý cơ quan trả lời trước ngày 04 thg 6, 2026.');
    expect(text).toContain('BÍ MẬT KINH DOANH');
    expect(text).toContain('Nhà xuất khẩu');
    expect(text).not.toContain('Request for verification');
  });

  it('gives a bilingual letter each label in both languages and each paragraph twice', () => {
    const text = render('bilingual');
    expect(text).toContain('Request for verification of origin / Đề nghị xác minh xuất xứ');
    expect(text).toContain('Goods / Hàng hoá');
    expect(text).toContain('We would be grateful to receive your reply by 04 Jun 2026.');
    expect(text).toContain('Đề nghị Quý cơ quan trả lời trước ngày 04 thg 6, 2026.');
    // Said once where both languages agree.
    expect(text).toContain('HS code / Mã HS');
    expect(text).not.toContain('7213.91 / 7213.91');
  });

  it('marks an unsent request as a draft, dated today', () => {
    const text = render('en', { request: { ...sent, status: 'draft', sentOn: null, frozenAt: null } });
    expect(text).toContain('Draft — not sent');
    expect(text).toContain('Date 01 Mar 2026');
  });

  it('says which request an amendment amends and which parts changed', () => {
    const amendment: VerificationRequest = {
      ...sent,
      id: 'amendment-1',
      amendmentOf: sent.id,
      amendmentNo: 1,
      ourReference: '123/HQ-GSQL-SĐ1',
      sentOn: '2026-02-10',
      goodsLines: sent.goodsLines.slice(1),
    };
    const text = render('en', {
      request: amendment,
      amendedRequest: sent,
      amendedQuestions: questions,
      questions: [...questions, question(3, 'Where were the billets melted?')],
    });
    expect(text).toContain('Amendment No. 1');
    expect(text).toContain('This letter amends our request 123/HQ-GSQL of 05 Jan 2026. The parts amended are: Goods, Questions.');
    expect(render('vi', { request: amendment, amendedRequest: sent, amendedQuestions: questions })).toContain(
      'Văn bản này sửa đổi đề nghị số 123/HQ-GSQL ngày 05 thg 1, 2026. Các phần được sửa đổi: Hàng hoá.',
    );
  });
});
