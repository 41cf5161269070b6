// The case screens end to end: create with a party and goods, refuse invalid identifiers and HS
// codes without saving anything, edit, move through the status machine, archive. Each test has a
// fresh profile, so it starts with no cases.
import { expect, test, type Page } from './support/lock';
import { CaseDetailPage, CaseListPage, type CaseFormPage } from './pages/CasePages';

/** Creates a case with a party and a goods line; `more` fills anything else before the save. */
async function createCase(page: Page, title: string, more?: (form: CaseFormPage) => Promise<void>): Promise<CaseDetailPage> {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill(title);
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.addParty({ name: 'Công ty TNHH Gỗ Hoà Bình', taxCode: '0100233488' });
  await form.addGoodsLine({ hsCode: '4412.31', description: 'Hardwood plywood' });
  if (more) await more(form);
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText(title);
  return detail;
}

test('a new case with a party and a goods line is saved and still there after a reload', async ({ page }) => {
  const detail = await createCase(page, 'Plywood declared Vietnamese origin');
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/);
  await page.reload();

  await expect(detail.heading).toHaveText('Plywood declared Vietnamese origin');
  await expect(detail.status('Draft')).toBeVisible();
  await expect(detail.main.getByText(/^\d{4}-[A-Z2-9]{4}-0001$/).first()).toBeVisible();
  // The page's activity and history name the same party and goods line: read them in their tables.
  const parties = detail.main.getByRole('table', { name: 'Parties' });
  const goods = detail.main.getByRole('table', { name: 'Goods' });
  await expect(parties.getByRole('cell', { name: /Công ty TNHH Gỗ Hoà Bình/ })).toBeVisible();
  await expect(parties.getByText('Vietnamese tax code (MST): 0100233488')).toBeVisible();
  await expect(goods.getByRole('cell', { name: /^4412\.31/ })).toBeVisible();
  await expect(goods.getByRole('cell', { name: 'Hardwood plywood' })).toBeVisible();

  const list = new CaseListPage(page);
  await list.goto();
  await expect(list.count).toHaveText('1 case');
  await expect(list.row('Plywood declared Vietnamese origin')).toContainText('Draft');
  await expect(list.row('Plywood declared Vietnamese origin')).toContainText('United States');
});

test('an invalid HS code or tax code shows the field error and nothing is saved', async ({ page }) => {
  const list = new CaseListPage(page);
  await list.goto();
  await expect(list.emptyState).toBeVisible();

  const form = await list.newCase();
  await form.title.fill('Steel wire transshipment');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  const party = await form.addParty({ name: 'Công ty CP Thép Việt', taxCode: '0100233480' });
  const goods = await form.addGoodsLine({ hsCode: '12345', description: 'Steel wire' });
  await form.save();

  await expect(form.errorSummary).toBeVisible();
  await expect(party.getByText('The check digit of this tax code is wrong: check the number.')).toBeVisible();
  await expect(goods.getByText('An HS code has 2, 4, 6, 8 or 10 digits.')).toBeVisible();
  // Focus goes to the first invalid field, the tax code.
  await expect(party.getByRole('textbox', { name: 'Identifier', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/#\/cases\/new$/);

  await list.goto();
  await page.reload();
  await expect(list.emptyState).toBeVisible();
});

test('editing a case changes its title', async ({ page }) => {
  const detail = await createCase(page, 'Honey origin check');
  const form = await detail.edit();
  await expect(form.title).toHaveValue('Honey origin check');
  await form.title.fill('Honey origin check — Form B review');
  await form.save();
  await expect(detail.heading).toHaveText('Honey origin check — Form B review');
  await page.reload();
  await expect(detail.heading).toHaveText('Honey origin check — Form B review');
  await expect(detail.main.getByRole('table', { name: 'Goods' }).getByRole('cell', { name: 'Hardwood plywood' })).toBeVisible();
});

test('a case moves draft → open → closed with an outcome, and the timeline records it', async ({ page }) => {
  const detail = await createCase(page, 'Quartz surface products');
  // Only the allowed move is offered from draft.
  await expect(detail.main.getByRole('button', { name: 'Close case…' })).toHaveCount(0);
  await detail.move('Open case');
  await expect(detail.status('Open')).toBeVisible();

  await detail.addNote('Exporter promised the production records by Friday.');
  await detail.close('Confirmed', 'Records show the quartz slabs were cut in Vietnam.');
  await expect(detail.status('Closed')).toBeVisible();
  await expect(detail.main.getByRole('button', { name: 'Reopen case' })).toBeVisible();

  // The closing note is written with the closing, just above it.
  const entries = detail.timeline.getByRole('listitem');
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText('Records show the quartz slabs were cut in Vietnam.');
  await expect(entries.nth(1)).toContainText('Status changed from Open to Closed');
  await expect(entries.nth(2)).toContainText('Exporter promised the production records by Friday.');
  await expect(entries.nth(3)).toContainText('Status changed from Draft to Open');
  await page.reload();
  await expect(detail.status('Closed')).toBeVisible();
  await expect(detail.main.getByText('Confirmed', { exact: true })).toBeVisible();
});

test('a case linked in the form lists the other case, which lists it back under Linked from', async ({ page }) => {
  const first = await createCase(page, 'Gỗ dán Hoà Bình, Form B review');
  const firstUrl = page.url();
  await expect(first.main.getByText('This case is not linked to any other case.')).toBeVisible();

  const second = await createCase(page, 'Plywood, second importer', async (form) => {
    // Found accent-blind by title, as in the case list's search.
    await form.linkCase('go dan hoa binh', /Gỗ dán Hoà Bình/);
    // Adding and removing work from the keyboard too.
    await form.linkedCases.getByRole('button', { name: /^Remove link to / }).press('Enter');
    await expect(form.linkedCases).toHaveCount(0);
    await expect(form.linkSearch).toBeFocused();
    await form.linkCase('form b', /Gỗ dán Hoà Bình/, 'keyboard');
  });
  const secondUrl = page.url();
  const linked = second.linkedCases.getByRole('listitem');
  await expect(linked).toHaveCount(1);
  await expect(linked).toContainText('Draft');
  await expect(second.main.getByText('No other case links to this one.')).toBeVisible();

  await linked.getByRole('link', { name: /Gỗ dán Hoà Bình, Form B review/ }).click();
  await expect(first.heading).toHaveText('Gỗ dán Hoà Bình, Form B review');
  await expect(page).toHaveURL(firstUrl);
  const from = first.linkedFrom.getByRole('link', { name: /Plywood, second importer/ });
  await expect(from).toBeVisible();

  await from.click();
  await expect(second.heading).toHaveText('Plywood, second importer');
  await expect(page).toHaveURL(secondUrl);
});

test('archiving hides a case from the list until archived cases are shown', async ({ page }) => {
  const detail = await createCase(page, 'Solar cells via Cambodia');
  await detail.archive();

  const list = new CaseListPage(page);
  await list.goto();
  await expect(list.emptyState).toHaveCount(0);
  await expect(list.count).toHaveText('0 cases');
  await list.includeArchived();
  await expect(list.row('Solar cells via Cambodia')).toContainText('Archived');
  await expect(list.count).toHaveText('1 case');
});

test('offline, a case is created and edited as usual and is still there once back online', async ({ page, context }) => {
  const list = new CaseListPage(page);
  await list.goto();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline —' })).toBeVisible();

  const detail = await createCase(page, 'Steel wire rerouted via Malaysia');
  const form = await detail.edit();
  await form.title.fill('Steel wire rerouted via Malaysia (EAPA)');
  await form.save();
  await expect(detail.heading).toHaveText('Steel wire rerouted via Malaysia (EAPA)');

  await context.setOffline(false);
  await page.reload();
  await expect(detail.heading).toHaveText('Steel wire rerouted via Malaysia (EAPA)');
  await list.goto();
  await expect(list.count).toHaveText('1 case');
});
