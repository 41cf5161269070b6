// A verification request's life, end to end (issue 12): made from its case with the C/O copy
// attached, sent (and so frozen: its edit page refuses, an amendment shows its diff), acknowledged,
// answered, closed with an outcome that closes the case too; the register shows the response time.
// Then the same flow's words in Vietnamese.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { AppShell } from './pages/AppShell';
import { CaseDetailPage } from './pages/CasePages';
import { RequestFormPage } from './pages/RequestFormPage';
import { RegisterPage, RequestPage, typeDate } from './pages/RequestPages';
import { expect, test, type Page } from './support/lock';
import { coFileName, createRequestCase } from './support/requestCase';

/** From the case's page: a request with a ground, the C/O copy and one question, saved; returns its page. */
async function draftRequest(page: Page, subject: string): Promise<RequestPage> {
  const form = new RequestFormPage(page);
  await form.openFromCase();
  await form.textbox('Subject').fill(subject);
  await form.tick('Transshipment');
  await form.include(coFileName);
  await form.addQuestion('Was the plywood manufactured by the exporter from logs it peeled itself?', ['Production records']);
  await form.save();
  const request = new RequestPage(page);
  await expect(request.heading).toHaveText(subject);
  return request;
}

test('a request is sent and frozen, amended with a visible diff, answered and closed with the case; the register shows its response time', async ({ page }) => {
  test.setTimeout(120_000);
  const caseId = await createRequestCase(page);
  const detail = new CaseDetailPage(page);
  await detail.main.getByRole('button', { name: 'Open case' }).click();
  await expect(detail.status('Open')).toBeVisible();
  const request = await draftRequest(page, 'Verification of C/O B-2026-VN-0047812');
  await expect(request.badge('Draft')).toBeVisible();

  // Sent on 5 January 2026: the request freezes.
  const send = await request.startEvent('Mark as sent');
  await expect(send.getByText('Once sent, the request is frozen: later corrections are amendments.')).toBeVisible();
  await typeDate(page, send, 'Date', '05012026');
  await request.confirm(send, 'Mark as sent');
  await expect(request.badge('Sent')).toBeVisible();
  await expect(request.main.getByText(/^This request was sent on 05 Jan 2026: its content cannot change\.$/)).toBeVisible();
  await expect(request.main.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  const sentId = request.id;

  // Its edit page refuses the form; a correction is an amendment, whose page shows the change.
  await page.goto(`/#/requests/${sentId}/edit`);
  await expect(page.getByRole('textbox', { name: 'Subject', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Create an amendment' }).click();
  const form = new RequestFormPage(page);
  await expect(form.textbox('Subject')).toHaveValue('Verification of C/O B-2026-VN-0047812');
  await form.textbox('Subject').fill('Verification of C/O B-2026-VN-0047812 (corrected invoice number)');
  await form.save();
  const amendment = new RequestPage(page);
  await expect(amendment.heading).toHaveText('Verification of C/O B-2026-VN-0047812 (corrected invoice number)');
  const changes = amendment.section('Changes from the sent version');
  await expect(changes).toContainText('Verification of C/O B-2026-VN-0047812');
  await expect(changes).toContainText('(corrected invoice number)');
  await expect(changes.getByRole('link', { name: /^Amendment 1 of / })).toBeVisible();

  // Back on the sent request: acknowledged with their reference, answered on 6 March (60 days).
  await page.goto(`/#/requests/${sentId}`);
  await expect(request.section('Amendments').getByRole('link', { name: 'Amendment 1' })).toBeVisible();
  const ack = await request.startEvent('Record acknowledgement');
  await typeDate(page, ack, 'Date', '12012026');
  await ack.getByRole('textbox', { name: 'Their reference' }).fill('CBP-OT-2026-0042');
  await request.confirm(ack, 'Record acknowledgement');
  await expect(request.badge('Acknowledged')).toBeVisible();
  const reply = await request.startEvent('Record the final reply');
  await typeDate(page, reply, 'Date', '06032026');
  await reply.getByRole('textbox', { name: 'Findings' }).fill('The exporter produced the plywood; origin confirmed.');
  await request.confirm(reply, 'Record the final reply');
  await expect(request.badge('Reply received')).toBeVisible();
  await expect(request.section('Deadlines')).toContainText('60 days');

  // Closed as confirmed, and the case with it.
  const close = await request.startEvent('Close with an outcome');
  await close.getByRole('button', { name: /Outcome/ }).click();
  await page.getByRole('option', { name: 'Confirmed', exact: true }).click();
  await close.getByText(/^Also close case .+ with this outcome$/).click();
  await request.confirm(close, 'Close with an outcome');
  await expect(request.badge('Closed')).toBeVisible();
  await expect(request.badge('Confirmed')).toBeVisible();
  await expect(request.main.getByRole('button', { name: 'Reopen' })).toBeVisible();

  await page.goto(`/#/cases/${caseId}`);
  await expect(detail.status('Closed')).toBeVisible();
  const requests = detail.main.getByRole('table', { name: 'Verification requests' });
  await expect(requests.getByRole('row')).toHaveCount(2);

  // The register: both rows, the sent one with its response time; the overdue filter finds neither.
  const register = new RegisterPage(page);
  await register.goto();
  await expect(register.row('Verification of C/O B-2026-VN-0047812').filter({ hasText: 'Closed' })).toContainText('60 days');
  await expect(register.row('corrected invoice number')).toContainText('Amendment 1');

  // Exported as CSV: both requests, the answered one with its 60 days; each request's activity
  // then says it left the app.
  const download = await register.exportCsv();
  expect(download.suggestedFilename()).toMatch(/^requests-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...lines] = Papa.parse<string[]>((await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const column = (name: string) => header!.indexOf(name);
  expect(lines).toHaveLength(2);
  const answered = lines.find((line) => line[column('Subject')] === 'Verification of C/O B-2026-VN-0047812')!;
  expect([answered[column('Status')], answered[column('Response time (days)')], answered[column('Outcome')]]).toEqual(['Closed', '60', 'Confirmed']);
  await page.getByRole('button', { name: /^Overdue \(0\)$/ }).click();
  await expect(page.getByText('No request matches these filters.')).toBeVisible();
  await page.goto(`/#/requests/${sentId}`);
  const activity = request.main.getByRole('table', { name: 'Activity on this request, newest first' });
  await expect(activity.locator('tbody').getByRole('row').filter({ hasText: 'Exported' })).toHaveCount(1);
});

test('the workflow reads in Vietnamese: sent, then overdue in the register once its reply date has passed', async ({ page }) => {
  test.setTimeout(120_000);
  await createRequestCase(page, 'Gỗ dán khai xuất xứ Việt Nam');
  await new AppShell(page).switchLanguage('vi');
  const form = new RequestFormPage(page);
  await form.main.getByRole('link', { name: 'Yêu cầu mới', exact: true }).first().click();
  await expect(form.heading).toHaveText('Yêu cầu xác minh mới');
  await form.textbox('Trích yếu').fill('Xác minh C/O mẫu B số B-2026-VN-0047812');
  await form.main.getByText('Chuyển tải', { exact: true }).click();
  const include = form.main.getByRole('checkbox', { name: `Kèm theo ${coFileName}` });
  await include.focus();
  await page.keyboard.press('Space');
  await form.main.getByRole('button', { name: 'Thêm câu hỏi' }).click();
  await form.main.getByRole('group', { name: 'Câu hỏi 1' }).getByRole('textbox', { name: 'Câu hỏi', exact: true }).fill('Doanh nghiệp có tự bóc gỗ tròn để sản xuất ván không?');
  await form.save();
  const request = new RequestPage(page);
  await expect(request.heading).toHaveText('Xác minh C/O mẫu B số B-2026-VN-0047812');
  await expect(request.badge('Dự thảo')).toBeVisible();

  // Sent a year ago under the CMAA (120 days): the reply is long overdue.
  const send = await request.startEvent('Đánh dấu đã gửi');
  await typeDate(page, send, 'Ngày', '02012025');
  await typeDate(page, send, 'Hạn trả lời', '02052025');
  await request.confirm(send, 'Đánh dấu đã gửi');
  await expect(request.badge('Đã gửi')).toBeVisible();
  await expect(request.section('Thời hạn')).toContainText(/quá hạn \d+ ngày/);

  const register = new RegisterPage(page);
  await register.goto();
  await page.getByRole('button', { name: /^Quá hạn \(1\)$/ }).click();
  await expect(register.row('Xác minh C/O mẫu B')).toContainText('Đã gửi');
  await expect(page.getByRole('navigation').getByRole('link', { name: /Yêu cầu/ })).toContainText('1');
});
