import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { amendedParts, contactLines, orderedQuestions } from './letterContent';

const request = sampleRecords.verificationRequests;
const question = sampleRecords.requestQuestions;

describe('orderedQuestions', () => {
  it('orders by number, and two questions numbered alike on two devices by id', () => {
    const qs = [
      { id: 'b', number: 2 },
      { id: 'z', number: 1 },
      { id: 'a', number: 2 },
    ];
    expect(orderedQuestions(qs).map((q) => q.id)).toEqual(['z', 'a', 'b']);
  });
});

describe('amendedParts', () => {
  it('names the parts whose content changed, in the letter order', () => {
    const amendment = {
      ...request,
      importer: { ...request.importer, name: 'Pacific Wire LLC' },
      legalArticle: 'Art. 5',
    };
    const questions = [{ ...question, documentsRequested: ['Production records'] }];
    expect(amendedParts(request, amendment, [question], questions)).toEqual(['legalBasis', 'parties', 'questions']);
  });

  it('does not count the tracking of the exchange (status, dates received, findings) as a change', () => {
    const tracked = { ...request, status: 'acknowledged' as const, acknowledgedOn: '2026-01-20', findings: 'x', theirReference: 'CBP-1' };
    expect(amendedParts(request, tracked, [question], [{ ...question, answer: 'Yes', id: question.id }])).toEqual([]);
  });
});

describe('contactLines', () => {
  it('gives the name in the person’s own order and the position in one line', () => {
    const lines = contactLines({
      ...sampleRecords.contacts,
      familyName: 'Nguyễn',
      givenName: 'Văn Cẩn',
      nameOrder: 'familyFirst',
      title: 'Deputy Director',
      unit: 'Origin Division',
      organisation: 'Vietnam Customs',
      phone: '+84 24 3944 0000',
      mobile: '',
    });
    expect(lines).toMatchObject({ name: 'Nguyễn Văn Cẩn', position: 'Deputy Director, Origin Division, Vietnam Customs', phone: '+84 24 3944 0000' });
  });
});
