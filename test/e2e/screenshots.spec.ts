// Takes the README's screenshots from the real app on every run, so they never fall out of date.
// The cases are entered through the UI like any officer would.
import { expect, test } from './support/lock';
import { AppShell } from './pages/AppShell';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { MeetingModePage } from './pages/MeetingModePage';
import { RequestFormPage } from './pages/RequestFormPage';
import { RegisterPage, RequestPage, typeDate } from './pages/RequestPages';
import { recordMeeting } from './support/meeting';
import { coFileName, createRequestCase } from './support/requestCase';

const shots = (name: string) => `docs/screenshots/${name}.png`;

const cases = [
  { title: 'Hardwood plywood declared Vietnamese origin', country: 'United States', party: 'Công ty TNHH Gỗ Hoà Bình', hs: '4412.31', goods: 'Hardwood plywood, 18 mm' },
  { title: 'Aluminium extrusions transshipped via Ho Chi Minh City', country: 'United States', party: 'Công ty CP Nhôm Sông Hồng', hs: '7604.21', goods: 'Hollow aluminium profiles' },
  { title: 'Quartz surface products: AD/CVD evasion', country: 'China', party: 'Xiamen Stone Trading Co., Ltd.', hs: '6810.99', goods: 'Engineered quartz slabs' },
];

test.use({ viewport: { width: 1280, height: 760 } });

test('README screenshots: case list, a case signed by its officer, the form in Vietnamese', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('/cases');
  await expect(page.getByRole('status').filter({ hasText: 'Who is working on this device?' })).toBeVisible();
  await shell.goto('/settings');
  await shell.main.getByRole('textbox', { name: 'Your name' }).fill('Nguyễn Thị Lan');
  await shell.main.getByRole('button', { name: 'Save name' }).click();

  const list = new CaseListPage(page);
  for (const c of cases) {
    await list.goto();
    const form = await list.newCase();
    await form.title.fill(c.title);
    await form.chooseCountry('Partner country', c.country, new RegExp(c.country));
    await form.addParty({ name: c.party, taxCode: c.country === 'China' ? undefined : '0100233488' });
    await form.addGoodsLine({ hsCode: c.hs, description: c.goods });
    await form.save();
    await expect(new CaseDetailPage(page).heading).toHaveText(c.title);
  }
  const detail = new CaseDetailPage(page);
  await detail.move('Open case');
  await detail.addNote('Documentary verification request sent to the Vietnamese exporter via the attaché office.');
  await expect(detail.timeline.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: shots('case-detail') });

  await list.goto();
  await expect(list.count).toHaveText('3 cases');
  await page.screenshot({ path: shots('case-list') });

  await expect(page.getByText('Who is working on this device?')).toHaveCount(0);
  await shell.switchLanguage('vi');
  await page.goto('/#/cases/new');
  await expect(shell.heading).toHaveText('Tạo vụ việc');
  await page.screenshot({ path: shots('case-form-vi') });
});

test('README screenshots: the requests register, a sent request, its letter and the statistics', async ({ page }) => {
  test.setTimeout(120_000);
  await createRequestCase(page);
  await page.getByRole('main').getByRole('button', { name: 'Open case' }).click();
  const form = new RequestFormPage(page);
  await form.openFromCase();
  await form.textbox('Subject').fill('Verification of C/O B-2026-VN-0047812 (hardwood plywood)');
  await form.tick('Transshipment');
  await form.include(coFileName);
  await form.addQuestion('Was the plywood manufactured by the exporter from logs it peeled itself?', ['Production records', 'Purchase invoices for veneer']);
  await form.addQuestion('What was the factory’s monthly peeling capacity in 2025?', ['Machine list']);
  await form.save();
  const request = new RequestPage(page);
  const send = await request.startEvent('Mark as sent');
  await typeDate(page, send, 'Date', '05112026');
  await request.confirm(send, 'Mark as sent');
  await expect(request.badge('Sent')).toBeVisible();
  await page.screenshot({ path: shots('request-detail') });

  await page.goto(`/?lang=bilingual#/requests/${request.id}/letter`);
  await expect(page.getByRole('article')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: shots('request-letter') });

  const register = new RegisterPage(page);
  await register.goto();
  await expect(register.row('hardwood plywood')).toBeVisible();
  await page.screenshot({ path: shots('request-register') });

  await page.goto('/#/requests/statistics');
  await expect(page.getByRole('img').first()).toBeVisible();
  await page.screenshot({ path: shots('request-statistics') });
});

test('README screenshots: a risk list version and a case screened against it', async ({ page }) => {
  test.setTimeout(120_000);
  const caseId = await createRequestCase(page);
  const list = [
    'source_ref,subject_type,name,name_latin,aliases,identifiers,country,hs_code,goods_description,risk_categories,indicators,risk_level,status',
    '1,company,Công ty TNHH Thép Trường Sơn,Truong Son Steel Co. Ltd,Truong Son Steel Trading,VN_MST:0312345673,VN,,,transshipment|adCvdEvasion,Exports exceed capacity,very_high,active',
    '2,company,Hoa Binh Wood Co. Ltd,,,,VN,,,originFraud,Logs imported from third countries,high,active',
    '3,goods,,,,,,4412.31,Plywood with a tropical hardwood face ply,originFraud|transshipment,,high,active',
    '4,goods,,,,,,7604.21,Hollow aluminium profiles,adCvdEvasion,,very_high,active',
    '5,company,Xiamen Stone Trading Co. Ltd,,厦门石材贸易有限公司,,CN,,,adCvdEvasion,,medium,active',
    '6,company,Công ty CP Gỗ Đông Á,Dong A Wood JSC,,,VN,,,forcedLabour,,high,suspended',
  ].join('\r\n');
  await page.goto('/#/risk-lists/import');
  await page.getByRole('textbox', { name: 'List name' }).fill('High-risk goods and businesses');
  await page.getByRole('textbox', { name: 'Issuing authority' }).fill('U.S. Customs and Border Protection');
  await page.getByRole('textbox', { name: 'Edition' }).fill('2026/1');
  await page.getByLabel('List file').setInputFiles({ name: 'cbp-2026-1.csv', mimeType: 'text/csv', buffer: Buffer.from(list, 'utf8') });
  await page.getByRole('button', { name: 'Import 6 entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: '6 of 6 entries' })).toBeVisible();
  await page.screenshot({ path: shots('risk-list') });

  await page.goto(`/#/cases/${caseId}`);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Screening against risk lists' }) });
  await expect(section.getByRole('article').first()).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: shots('case-screening') });
});

test('README screenshots: meeting mode, the action tracker and the dashboard', async ({ page }) => {
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  await shell.goto('/settings');
  await shell.main.getByRole('textbox', { name: 'Your name' }).fill('Nguyễn Thị Lan');
  await shell.main.getByRole('button', { name: 'Save name' }).click();
  await recordMeeting(page, 'CMAA Joint Committee, 5th session', { typed: 'United St', name: /^United States$/ }, { typed: 'New York', name: /America.New.York/ });
  await shell.main.getByRole('link', { name: 'Meeting mode' }).click();
  const mode = new MeetingModePage(page);
  await mode.ready();
  await mode.agendaItem('Origin verification cooperation');
  await mode.note('CBP reports 14 plywood shipments with doubtful certificates since June.');
  await mode.decision('Replies to verification requests within 90 days.');
  // Overdue on purpose, so the dashboard and the tracker have something to flag.
  await mode.actionItem('Send the updated list of high-risk plywood exporters', 'Risk Management Department', lastWeek());
  await mode.agendaItem('Exchange of risk lists');
  await mode.decision('Risk lists exchanged every quarter, by the attaché offices.');
  await mode.actionItem('Propose the format of the quarterly risk list', 'Attaché office', 'end of month');
  await mode.draftActionItem('Confirm the dates of the joint verification visit', 'International Cooperation Dept.', 'next Friday');
  await page.screenshot({ path: shots('meeting-mode') });
  await page.keyboard.press('Enter');
  await expect(mode.box).toHaveValue('');
  await mode.leave();

  await shell.goto('/actions');
  await expect(shell.main.getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: shots('action-tracker') });

  await shell.goto('/');
  await expect(page.getByTestId('dashboard-actions-overdue')).toContainText('Send the updated list of high-risk plywood exporters');
  await page.screenshot({ path: shots('dashboard') });
});

/** Seven days ago in Hanoi (the browser's zone), as an ISO date, which meeting mode reads as typed. */
function lastWeek(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
}
