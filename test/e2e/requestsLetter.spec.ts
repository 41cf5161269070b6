// The request letter as it reaches the counterpart: a sent request with three goods lines and three
// questions (written on the officer's other laptop and received through sync) is printed to PDF
// from its letter page, and the PDF read back as text (pdftotext, Debian's poppler-utils) holds
// both references, every HS code, every question and the reply deadline; the Vietnamese letter
// keeps its diacritics; page numbers and the marking are on the page.
import { v7 as uuidv7 } from 'uuid';
import { syncServerUrl } from '../../playwright.config';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { SyncPanel } from './pages/SyncPanel';
import { expect, test } from './support/lock';
import { enrollPeer } from './support/peerDevice';
import { printedText as letterText } from './support/printedText';
import { workspaceWithMembers } from './support/syncAdmin';

const questions = [
  'Please confirm that Thép Việt produced the wire rod it exported.',
  'Where were the billets melted and rolled?',
  'What was the plant’s output in October 2025?',
];
const hsCodes = ['721391', '760429', '731210'];

test('a sent request prints as a PDF letter in English and in Vietnamese, with references, HS codes, questions and the deadline', async ({ page }) => {
  test.setTimeout(120_000);
  const { codes } = await workspaceWithMembers(`Letter office ${test.info().testId}`, ['Officer on the other laptop', 'Officer on this laptop']);
  const peer = await enrollPeer(syncServerUrl, codes[0]!);
  const caseId = uuidv7();
  const requestId = uuidv7();
  const attachmentId = uuidv7();
  const line = (itemNo: number) => ({
    itemNo,
    description: ['Wire rod', 'Aluminium profiles', 'Stranded wire'][itemNo - 1]!,
    hsCode: hsCodes[itemNo - 1]!,
    originCriterion: 'CTH',
    quantity: 1000 * itemNo,
    unit: 'kg',
    value: 2500 * itemNo,
    currency: 'USD',
  });
  await peer.push([
    { table: 'cases', id: caseId, fields: { ...sampleRecords.cases, id: caseId } },
    { table: 'attachments', id: attachmentId, fields: { ...sampleRecords.attachments, id: attachmentId, caseId } },
    {
      table: 'verificationRequests',
      id: requestId,
      fields: {
        ...sampleRecords.verificationRequests,
        id: requestId,
        caseId,
        ourContactId: null,
        ourReference: '123/HQ-GSQL',
        theirReference: 'CBP-2026-0815',
        language: 'en',
        goodsLines: [line(1), line(2), line(3)],
        attachmentIds: [attachmentId],
        status: 'sent',
        sentOn: '2026-01-05',
        replyDueOn: '2026-05-05',
        frozenAt: '2026-01-05T09:00:00.000Z',
      },
    },
    ...questions.map((text, i) => {
      const id = uuidv7();
      return { table: 'requestQuestions' as const, id, fields: { ...sampleRecords.requestQuestions, id, requestId, number: i + 1, text } };
    }),
  ]);

  await page.goto('/');
  await new SyncPanel(page).enroll(syncServerUrl, codes[1]!, 'Laptop printing the letter');

  // With hash routing the query sits before the hash (as the app's own links put it).
  await page.goto(`/?lang=en#/requests/${requestId}/letter`);
  const letter = page.getByRole('article', { name: /^Request for verification of origin 123\/HQ-GSQL$/ });
  await expect(letter).toBeVisible();
  const english = await letterText(page);
  expect(english).toContain('Request for verification of origin');
  expect(english).toContain('123/HQ-GSQL');
  expect(english).toContain('CBP-2026-0815');
  for (const code of ['7213.91', '7604.29', '7312.10']) expect(english).toContain(code);
  // Questions may wrap across lines in the layout: compare with the line breaks folded.
  const folded = english.replace(/\s+/g, ' ');
  for (const question of questions) expect(folded).toContain(question);
  expect(folded).toContain('Reply due by 05 May 2026');
  expect(folded).toContain('Date 05 Jan 2026');
  expect(english).toContain('C-O form B 00123.pdf');
  expect(english).toContain('BUSINESS CONFIDENTIAL');
  expect(english).toMatch(/Page 1 of \d/);
  // Nothing of the app around the letter is printed.
  expect(english).not.toContain('Save as PDF');
  expect(english).not.toMatch(/Cases|Settings/);

  // The choice of language is the letter's, whatever the UI's (English here).
  await page.getByRole('button', { name: /Language of the letter/ }).click();
  await page.getByRole('option', { name: 'Vietnamese', exact: true }).click();
  await expect(page).toHaveURL(/lang=vi/);
  await expect(page.getByRole('article', { name: /^Đề nghị xác minh xuất xứ 123\/HQ-GSQL$/ })).toBeVisible();
  const vietnamese = await letterText(page);
  const vFolded = vietnamese.replace(/\s+/g, ' ');
  expect(vietnamese).toContain('Đề nghị xác minh xuất xứ');
  expect(vFolded).toContain('Số của Quý cơ quan CBP-2026-0815');
  expect(vFolded).toContain('Hạn trả lời 05 thg 5, 2026');
  expect(vFolded).toContain('Đề nghị Quý cơ quan trả lời trước ngày 05 thg 5, 2026.');
  expect(vietnamese).toContain('BÍ MẬT KINH DOANH');
  expect(vietnamese).toContain('Nhà xuất khẩu');
  expect(vietnamese).toContain('Công ty TNHH Thép Việt');
  expect(vietnamese).toMatch(/Trang 1\/\d/);
  for (const question of questions) expect(vFolded).toContain(question);
});
