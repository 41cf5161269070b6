// The audit trail end to end: saving and opening a case are audit events, shown in the case's
// Activity and in the audit log, which filters them and exports them as CSV; an enrolled device
// reports the opening to the sync server's audit log as its member (playwright.config.ts starts
// the server). Each test has a fresh profile.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { syncServerUrl } from '../../playwright.config';
import { AppShell } from './pages/AppShell';
import { AuditLogPage, CaseActivity } from './pages/AuditPages';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { SyncPanel } from './pages/SyncPanel';
import { expect, test, type Page } from './support/lock';
import { admin, workspaceWithMembers } from './support/syncAdmin';

const officer = 'Nguyễn Văn An';

async function setName(page: Page, name: string): Promise<void> {
  await page.goto('/#/settings');
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Your name' }).fill(name);
  await main.getByRole('button', { name: 'Save name' }).click();
  await expect(main.getByText('Your name has been saved.')).toBeVisible();
}

/** Creates a case from the list; the app then shows it (its first opening). Returns its reference. */
async function createCase(page: Page, title: string): Promise<string> {
  const detail = await new CaseListPage(page).createCase(title);
  return (await detail.main.getByText(/^\d{4}-[A-Z2-9]{4}-\d{4}$/).first().innerText()).trim();
}

async function openCase(page: Page, title: string): Promise<void> {
  const list = new CaseListPage(page);
  await list.goto();
  await list.row(title).getByRole('link').first().click();
  await expect(new CaseDetailPage(page).heading).toHaveText(title);
}

test('saving and opening a case show in its Activity and in the audit log, which filters and exports them', async ({ page }) => {
  await setName(page, officer);
  const reference = await createCase(page, 'Plywood via Hải Phòng');
  const activity = new CaseActivity(page);
  await expect(activity.rows('Created')).toHaveCount(1);
  await expect(activity.rows('Opened')).toHaveCount(1);
  await expect(activity.rows('Opened').first()).toContainText(officer);
  await expect(activity.rows('Opened').first()).toContainText('This device');

  // A formula typed into a case must reach the export as text.
  const detail = new CaseDetailPage(page);
  const form = await detail.edit();
  await form.title.fill('Plywood via Hải Phòng (EAPA)');
  await form.main.getByRole('textbox', { name: 'Legal basis' }).fill('=HYPERLINK("http://evil.example","CMAA")');
  await form.save();
  await expect(detail.heading).toHaveText('Plywood via Hải Phòng (EAPA)');
  const edited = activity.rows('Edited');
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText('Title: Plywood via Hải Phòng → Plywood via Hải Phòng (EAPA)');
  await expect(edited).toContainText('Legal basis: (empty) → =HYPERLINK("http://evil.example","CMAA")');
  // Back from the form is another opening; re-renders while it saved were not.
  await expect(activity.rows('Opened')).toHaveCount(2);
  await openCase(page, 'Plywood via Hải Phòng (EAPA)');
  await expect(activity.rows('Opened')).toHaveCount(3);

  await createCase(page, 'Quartz slabs, AD/CVD evasion');

  const log = new AuditLogPage(page);
  await log.open();
  // Two cases created and edited once, opened four times in all.
  await expect(log.count).toHaveText('7 events');
  await expect(log.rows.filter({ hasText: 'Opened' })).toHaveCount(4);
  await expect(log.rows.filter({ hasText: 'Edited' })).toHaveCount(2); // one row per changed field

  await log.choose('Action', 'Opened');
  await expect(log.count).toHaveText('4 events');
  await expect(log.rows.filter({ hasNotText: 'Opened' })).toHaveCount(0);
  await log.choose('Person', officer);
  await expect(log.count).toHaveText('4 events');
  await log.clearFilters();

  await log.search.fill(reference);
  await expect(log.count).toHaveText('5 events');
  await expect(log.rows.filter({ hasText: 'Quartz slabs' })).toHaveCount(0);

  // Dates are local days: from today on keeps everything, a range ending yesterday nothing.
  const [day, month, year] = await page.evaluate(() => {
    const now = new Date();
    return [now.getDate(), now.getMonth() + 1, now.getFullYear()];
  });
  await log.typeDate('From', day, month, year);
  await expect(log.count).toHaveText('5 events');
  const yesterday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 1);
    return [d.getDate(), d.getMonth() + 1, d.getFullYear()] as const;
  });
  await log.typeDate('To', ...yesterday);
  await expect(log.main.getByText('The start date is after the end date.')).toBeVisible();
  await expect(log.main.getByText('No event matches these filters')).toBeVisible();
  await log.typeDate('To', day, month, year);
  await expect(log.count).toHaveText('5 events');
  await page.screenshot({ path: 'docs/screenshots/audit-log.png' });

  // The export holds exactly the filtered events, one line per changed field.
  const download = await log.exportCsv();
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(log.main.getByRole('status').filter({ hasText: /^Exported \d+ lines to audit-/ })).toBeVisible();
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(header).toEqual([
    'Time (ISO 8601, UTC)',
    'Local time',
    'Person',
    'Device',
    'Record type',
    'Record',
    'Reference',
    'Action',
    'Field',
    'Old value',
    'New value',
    'Record id (as the sync server logs it)',
    'Device id',
  ]);
  expect(lines.every((l) => l[6] === reference && l[2] === officer && l[4] === 'Case')).toBe(true);
  expect(lines.filter((l) => l[7] === 'Opened')).toHaveLength(3);
  expect(lines.filter((l) => l[7] === 'Opened').every((l) => l[8] === '' && l[9] === '' && l[10] === '')).toBe(true);
  expect(lines.every((l) => l[3] === 'This device' && l[5] === `${reference} — Plywood via Hải Phòng (EAPA)`)).toBe(true);
  const edits = lines.filter((l) => l[7] === 'Edited').map((l) => l.slice(8, 11));
  expect(edits).toEqual(
    expect.arrayContaining([
      ['Title', 'Plywood via Hải Phòng', 'Plywood via Hải Phòng (EAPA)'],
      ['Legal basis', '(empty)', `'=HYPERLINK("http://evil.example","CMAA")`],
    ]),
  );
  expect(lines.filter((l) => l[7] === 'Created').map((l) => l[8])).toEqual(expect.arrayContaining(['Title', 'Partner country']));
  for (const line of lines) {
    expect(line[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    for (const cell of line) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  }

  // The log is on disk: it is all still there after a reload (and the unlock).
  await page.reload();
  await log.open();
  await log.clearFilters();
  await expect(log.count).toHaveText('7 events');

  // From the keyboard: arrows move between rows, Enter opens the row's case (one more opening).
  await log.rows.first().focus();
  await page.keyboard.press('End');
  await expect(log.rows.last()).toBeFocused();
  await expect(log.rows.last()).toContainText('Plywood via Hải Phòng');
  await page.keyboard.press('Enter');
  await expect(detail.heading).toHaveText('Plywood via Hải Phòng (EAPA)');
  await expect(activity.rows('Opened')).toHaveCount(4);
});

test('an enrolled device reports the opening of a case to the server audit log, as its member', async ({ page }) => {
  const { workspaceId, codes } = await workspaceWithMembers(`Audit office ${test.info().testId}`, [officer]);
  await setName(page, officer);
  const sync = new SyncPanel(page);
  await sync.enroll(syncServerUrl, codes[0]!, 'Laptop of An');
  const { devices } = (await admin('list-devices', '--workspace', workspaceId)) as { devices: { id: string; memberId: string }[] };
  const [device] = devices;

  await createCase(page, 'Steel wire rerouted via Malaysia');
  const caseId = /#\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  await sync.syncNow();
  await sync.expectUpToDate();

  const views = async () => {
    const { events } = (await admin('list-audit-events', '--workspace', workspaceId, '--action', 'record.view')) as {
      events: { actor: string; deviceId: string; details: Record<string, unknown> }[];
    };
    return events;
  };
  await expect.poll(async () => (await views()).length, { timeout: 20_000 }).toBe(1);
  const [event] = await views();
  expect(event).toMatchObject({ actor: `member:${device!.memberId}`, deviceId: device!.id, details: { table: 'cases', recordId: caseId } });
  expect(Date.parse(String(event!.details.clientAt))).toBeGreaterThan(Date.now() - 5 * 60_000);

  // Syncing again sends nothing twice.
  await sync.syncNow();
  await sync.expectUpToDate();
  expect(await views()).toHaveLength(1);
});

// Issue 11, items 12 and 13: records of a case in words, never by id, nothing cut; a party added
// in an edit is in the case's change history.
test('the audit log and a case’s history name its parties, goods and shipments and their values in words, in English and Vietnamese', async ({ page }) => {
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
  const longOfficer = 'Nguyễn Thị Thanh Hương Hoàng Phương Thảo';
  const importer = 'Pacific Aluminium Extrusions Trading and Distribution Company of Long Beach, California';
  const exporter = 'Công ty TNHH Nhôm Kính Việt Nhật – Chi nhánh Khu công nghiệp Đình Vũ, Hải Phòng';
  const summary = `Aluminium profiles declared as Vietnamese origin; ${'the mill certificates point to extrusion in another country. '.repeat(5)}End of summary.`;
  // Tall enough for every line of the log to be in the (virtualised) grid at once.
  await page.setViewportSize({ width: 1400, height: 4000 });
  await setName(page, longOfficer);

  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill('Aluminium profiles via Malaysia');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.main.getByRole('textbox', { name: 'Summary of facts' }).fill(summary);
  await form.main.getByRole('button', { name: 'Add party' }).click();
  const party = form.party(1);
  await party.getByRole('button', { name: /Role/ }).click();
  await page.getByRole('option', { name: 'Importer', exact: true }).click();
  await party.getByRole('textbox', { name: 'Name', exact: true }).fill(importer);
  await party.getByRole('button', { name: 'Add identifier' }).click();
  await party.getByRole('button', { name: /Identifier type/ }).click();
  await page.getByRole('option', { name: 'US employer ID (EIN)', exact: true }).click();
  await party.getByRole('textbox', { name: 'Identifier', exact: true }).fill('12-3456789');
  await form.addGoodsLine({ hsCode: '7604.29', description: 'Aluminium alloy profiles' });
  await form.main.getByRole('button', { name: 'Add shipment' }).click();
  await form.main.getByRole('group', { name: /^Shipment 1$/ }).getByRole('textbox', { name: 'Bill of lading' }).fill('HLCUSGN2609123');
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText('Aluminium profiles via Malaysia');
  const reference = (await detail.main.getByText(/^\d{4}-[A-Z2-9]{4}-\d{4}$/).first().innerText()).trim();

  // The edit adds a party: the change history lists it, named, with what it was given.
  const edit = await detail.edit();
  await edit.addParty({ name: exporter });
  await edit.main.getByRole('button', { name: /Priority/ }).click();
  await page.getByRole('option', { name: 'Urgent', exact: true }).click();
  await edit.save();
  await expect(detail.heading).toHaveText('Aluminium profiles via Malaysia');
  const history = detail.main.getByRole('list', { name: 'Changes to this record, newest first' });
  const added = history.getByRole('listitem').filter({ hasText: `Exporter of ${reference}: ${exporter}` });
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('Added');
  await expect(added).toContainText('Role: Exporter');
  await expect(history).toContainText('Priority: Normal → Urgent');
  await expect(history.getByRole('listitem').filter({ hasText: `Importer of ${reference}: ${importer}` })).toContainText(
    'Identifiers: US employer ID (EIN): 12-3456789',
  );
  await expect(history.getByRole('listitem').filter({ hasText: `Goods line 1 of ${reference}` })).toContainText('HS code: 7604.29');
  expect(await history.innerText()).not.toMatch(uuid);

  const log = new AuditLogPage(page);
  await log.open();
  const row = (record: string, field: string) => log.rows.filter({ hasText: record }).filter({ has: page.getByRole('gridcell', { name: field, exact: true }) });
  const cells = (locator: ReturnType<typeof row>) => locator.getByRole('gridcell');
  await expect(cells(row(`Importer of ${reference}`, 'Role')).nth(7)).toHaveText('Importer');
  await expect(cells(row(`Importer of ${reference}`, 'Case')).nth(7)).toHaveText(reference);
  await expect(cells(row(`Importer of ${reference}`, 'Identifiers')).nth(7)).toHaveText('US employer ID (EIN): 12-3456789');
  await expect(cells(row(`Goods line 1 of ${reference}`, 'HS code')).nth(7)).toHaveText('7604.29');
  await expect(cells(row(`Shipment of ${reference}`, 'Bill of lading')).nth(7)).toHaveText('HLCUSGN2609123');
  await expect(cells(row(`Exporter of ${reference}`, 'Role')).nth(4)).toHaveText('Created');
  expect(await log.grid.innerText()).not.toMatch(uuid);
  expect(await log.grid.innerText()).not.toMatch(/\bcaseId\b|\bstatusChange\b|"scheme"/);

  // Long names are whole, on screen (wrapped, not cut); a long value opens whole from the keyboard.
  const importerRole = row(`Importer of ${reference}`, 'Role');
  await expect(cells(importerRole).nth(3)).toHaveText(`Importer of ${reference}: ${importer}`);
  await expect(cells(importerRole).nth(1)).toHaveText(longOfficer);
  for (const cell of [cells(importerRole).nth(1), cells(importerRole).nth(3)]) {
    expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  }
  const summaryCell = cells(row(reference, 'Summary of facts').filter({ hasText: 'Created' })).nth(7);
  await expect(summaryCell).not.toContainText('End of summary.');
  await summaryCell.getByRole('button', { name: 'Show all' }).focus();
  await page.keyboard.press('Enter');
  await expect(summaryCell).toContainText(summary);
  await expect(summaryCell.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');

  // The export says the same.
  const text = await readFile((await (await log.exportCsv()).path())!, 'utf8');
  const [, ...csv] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(csv.find((l) => l[5] === `Importer of ${reference}: ${importer}` && l[8] === 'Role')?.[10]).toBe('Importer');
  for (const line of csv) expect(line.slice(0, 11).join(' ')).not.toMatch(uuid);

  // In Vietnamese.
  await new AppShell(page).switchLanguage('vi');
  const grid = page.getByRole('main').getByRole('grid');
  const viRow = grid.getByRole('row').filter({ hasText: `Nhà nhập khẩu của vụ việc ${reference}` }).filter({ has: page.getByRole('gridcell', { name: 'Vai trò', exact: true }) });
  await expect(viRow.getByRole('gridcell').nth(7)).toHaveText('Nhà nhập khẩu');
  await expect(
    grid.getByRole('row').filter({ hasText: `Dòng hàng 1 của vụ việc ${reference}` }).filter({ has: page.getByRole('gridcell', { name: 'Mã HS', exact: true }) }),
  ).toContainText('7604.29');
  expect(await grid.innerText()).not.toMatch(uuid);
  await page.goto(`/#/cases`);
  await page.getByRole('main').getByRole('grid').getByRole('row').filter({ hasText: 'Aluminium profiles via Malaysia' }).getByRole('link').first().click();
  const viHistory = page.getByRole('main').getByRole('list', { name: 'Các thay đổi của bản ghi này, mới nhất trước' });
  const viAdded = viHistory.getByRole('listitem').filter({ hasText: `Nhà xuất khẩu của vụ việc ${reference}: ${exporter}` });
  await expect(viAdded).toContainText('Đã thêm');
  await expect(viAdded).toContainText('Vai trò: Nhà xuất khẩu');
  await expect(viHistory).toContainText('Mức ưu tiên: Bình thường → Khẩn');
});
