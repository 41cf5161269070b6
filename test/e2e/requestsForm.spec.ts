// The verification request form end to end (issue 12, "The register and the form"): a new request
// opened from a case comes filled from it; a save with errors shows each message (the schema's and
// what sending would refuse); once fixed it saves, and a reload shows the saved values; a typed
// draft survives a reload. English, and the messages in Vietnamese.
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { RequestFormPage } from './pages/RequestFormPage';
import { expect, test } from './support/lock';
import { createRequestCase } from './support/requestCase';

const createCase = (page: Page) => createRequestCase(page);

/** How many drafts this page has written so far (the app marks each write). */
const draftWrites = (page: Page) => page.evaluate(() => performance.getEntriesByName('attache:draft-saved').length);

test('a request from a case comes filled from it, says what to fix, saves once fixed and is there after a reload', async ({ page }) => {
  await createCase(page);
  const form = new RequestFormPage(page);
  await form.openFromCase();

  // Filled from the case: subject, authorities, exporter, goods with the HS description, proof, shipment.
  await expect(form.textbox('Subject')).toHaveValue('Hardwood plywood declared Vietnamese origin');
  await expect(form.textbox('Requested authority')).toHaveValue('Customs administration of United States');
  const exporter = form.group('Exporter');
  await expect(form.textbox('Name', exporter)).toHaveValue('Công ty TNHH Gỗ Hoà Bình');
  await expect(form.textbox('Identifier', exporter)).toHaveValue('0100233488');
  const line = form.group('Goods line 1');
  await expect(line.getByRole('combobox', { name: 'HS code' })).toHaveValue(/^4412\.?31$/);
  await expect(form.textbox('Description of the goods', line)).toHaveValue('Hardwood plywood, tropical face ply');
  await expect(line.getByText(/plywood/i).first()).toBeVisible();
  await expect(form.textbox('Number', form.section('Proof of origin'))).toHaveValue('B-2026-VN-0047812');
  await expect(form.textbox('Bill of lading')).toHaveValue('HLCUSGN2609123');

  // Under an FTA, by a visit, with no subject: every message at once, the banner counting them.
  await form.textbox('Subject').fill('');
  await form.choose(/Legal instrument$/, 'EVFTA');
  await form.choose(/Verification method$/, 'Verification visit');
  await form.save();
  const messages = [
    'This field is required.',
    'State at least one ground for doubt.',
    'An outgoing request asks at least one question: add a question.',
    'A request under a free trade agreement must attach a copy of the proof of origin.',
    'Name the places (sites) to visit.',
    'Name the officers who will make the visit.',
  ];
  for (const message of messages) await expect(form.main.getByText(message, { exact: true })).toBeVisible();
  await expect(form.main.getByText('Propose the dates of the visit (from and to).', { exact: true })).toHaveCount(2);
  await expect(form.main.getByRole('alert').filter({ hasText: '8 fields need attention before this request can be sent.' })).toBeVisible();
  await expect(page).toHaveURL(/\?caseId=[0-9a-f-]{36}#\/requests\/new$/);

  // Fixed one by one; each message goes as its field is corrected.
  await form.textbox('Subject').fill('Verification of C/O B-2026-VN-0047812 (hardwood plywood)');
  await expect(form.main.getByText('This field is required.', { exact: true })).toHaveCount(0);
  await form.tick('Transshipment');
  await form.include('C-O form B 0047812.pdf');
  await form.addQuestion('Was the plywood manufactured by the exporter from logs it peeled itself?', ['Production records', 'Purchase invoices for veneer']);
  const visit = form.section('Verification visit');
  await form.textbox('Places to visit', visit).fill('Gỗ Hoà Bình factory, Lương Sơn');
  await form.textbox('Our officers', visit).fill('Nguyễn Văn An, Trần Thị Bình');
  for (const [label, digits] of [['Proposed from', '01062026'], ['Proposed to', '05062026']] as const) {
    await visit.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
    await page.keyboard.type(digits);
    await page.keyboard.press('Tab');
  }
  await form.save();
  await expect(page).toHaveURL(/#\/requests\/[0-9a-f-]{36}$/);
  const requestId = /#\/requests\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

  // Saved: the edit form after a reload shows every value, the question and its documents.
  await page.goto(`/#/requests/${requestId}/edit`);
  await page.reload();
  await expect(form.textbox('Subject')).toHaveValue('Verification of C/O B-2026-VN-0047812 (hardwood plywood)');
  await expect(form.main.getByRole('checkbox', { name: 'Transshipment' })).toBeChecked();
  await expect(form.main.getByRole('checkbox', { name: 'Include C-O form B 0047812.pdf' })).toBeChecked();
  const question = form.group('Question 1');
  await expect(form.textbox('Question', question)).toHaveValue('Was the plywood manufactured by the exporter from logs it peeled itself?');
  await expect(form.textbox('Document 2', question)).toHaveValue('Purchase invoices for veneer');
  await expect(form.textbox('Places to visit')).toHaveValue('Gỗ Hoà Bình factory, Lương Sơn');
  await expect(form.textbox('Name', form.group('Exporter'))).toHaveValue('Công ty TNHH Gỗ Hoà Bình');
});

test('a request typed and not saved comes back after a reload; its messages read in Vietnamese', async ({ page }) => {
  const caseId = await createCase(page);
  const form = new RequestFormPage(page);
  await form.openNew(caseId);
  await form.textbox('Subject').fill('Draft: plywood C/O check, not yet reviewed');
  await form.addQuestion('Who supplied the veneer?', []);
  // The draft is written once typing has stopped: wait for the write after the last keystroke.
  const writes = await draftWrites(page);
  await expect.poll(() => draftWrites(page)).toBeGreaterThan(writes);

  await page.reload();
  await expect(form.textbox('Subject')).toHaveValue('Draft: plywood C/O check, not yet reviewed');
  await expect(form.textbox('Question', form.group('Question 1'))).toHaveValue('Who supplied the veneer?');
  await expect(form.main.getByRole('status').filter({ hasText: /^Unsaved draft from .+ restored/ })).toBeVisible();

  const shell = new AppShell(page);
  await shell.switchLanguage('vi');
  await expect(form.heading).toHaveText('Yêu cầu xác minh mới');
  await form.save();
  await expect(form.main.getByText('Vui lòng nêu ít nhất một căn cứ nghi vấn.', { exact: true })).toBeVisible();
  await expect(form.main.getByRole('alert').filter({ hasText: '1 trường cần xem lại trước khi có thể gửi yêu cầu.' })).toBeVisible();
});
