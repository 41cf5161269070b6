// The shared form machinery as an officer meets it on the case form (issue 11, items 6–9): an
// error goes away as the value is corrected and nothing moves under the pointer, the summary
// counts errors live, date fields refuse implausible and impossible dates with messages in the
// format they show, and a text says its limit. In English and Vietnamese.
import { resolveDateRange, dateRanges } from '../../shared/domain';
import { expect, test, type Page } from './support/lock';
import { AppShell } from './pages/AppShell';
import { CaseListPage, type CaseFormPage } from './pages/CasePages';
import type { Locator } from '@playwright/test';

async function newCaseForm(page: Page): Promise<CaseFormPage> {
  const list = new CaseListPage(page);
  await list.goto();
  return list.newCase();
}

/** Types a date into a date field segment by segment (day, month, year), then leaves it. */
async function typeDate(field: Locator, digits: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(digits);
  await field.page().keyboard.press('Tab');
}

/** A date field's segment group, by its label. */
function dateField(scope: Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/** `YYYY-MM-DD` as the field shows it: dd/mm/yyyy. */
const shown = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

test('a corrected tax code loses its error as it is typed, and "Add goods line" works at the first click without moving', async ({ page }) => {
  const form = await newCaseForm(page);
  const party = await form.addParty({ name: 'Công ty TNHH Gỗ Hoà Bình', taxCode: '0101234567' });
  const checkDigit = party.getByText('The check digit of this tax code is wrong: check the number.');
  await expect(checkDigit).toBeVisible();
  const addGoods = form.main.getByRole('button', { name: 'Add goods line' });
  const before = await addGoods.boundingBox();

  await party.getByRole('textbox', { name: 'Identifier', exact: true }).fill('0100109106');
  // Gone while the field still has focus, not on the click that leaves it.
  await expect(checkDigit).toBeHidden();
  expect(await addGoods.boundingBox()).toEqual(before);

  await addGoods.click();
  await expect(form.goodsLine(1)).toBeVisible();
});

test('"N fields need attention" follows errors as they are fixed and as new ones appear', async ({ page }) => {
  const form = await newCaseForm(page);
  await form.save();
  await expect(form.errorSummary).toBeVisible();
  const count = async () => Number(/(\d+) fields? needs? attention/.exec((await form.errorSummary.textContent()) ?? '')?.[1]);
  const initial = await count();
  expect(initial).toBeGreaterThan(0);

  await form.title.fill('Honey origin check');
  await expect(form.errorSummary).toContainText(`${initial - 1} field`);

  await form.main.getByRole('button', { name: 'Add party' }).click();
  const name = form.party(1).getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('x');
  await name.fill('');
  await expect(form.errorSummary).toContainText(`${initial} field`);
});

test('a too long title says its limit and a counter shows how far over it is', async ({ page }) => {
  const form = await newCaseForm(page);
  await form.title.fill('Tr'.repeat(5_000));
  // The title's own field: its label, input, message line and counter.
  const titleField = form.main.locator('.field').filter({ has: page.locator('input[name="title"]') });
  await expect(titleField.getByText('10,000 / 300')).toBeVisible();
  await form.title.blur();
  await expect(titleField.getByText('At most 300 characters (this has 10,000).')).toBeVisible();

  await new AppShell(page).switchLanguage('vi');
  await expect(titleField.getByText('10.000 / 300')).toBeVisible();
  await expect(titleField.getByText('Tối đa 300 ký tự (nội dung này có 10.000 ký tự).')).toBeVisible();

  await page.locator('input[name="title"]').fill('Tr'.repeat(100));
  await expect(titleField.getByText('200 / 300')).toBeHidden();
  await expect(titleField.locator('.field-error')).toBeHidden();
});

test('dates outside their field\'s range, impossible or missing are refused with messages in the field\'s format', async ({ page }) => {
  const form = await newCaseForm(page);
  const opened = resolveDateRange(dateRanges.opened);
  const due = resolveDateRange(dateRanges.due);
  const openedOn = dateField(form.main, 'Opened on');
  const openedOnField = form.main.locator('.field').filter({ has: page.getByRole('group', { name: 'Opened on', exact: true }) });
  await expect(openedOn).toHaveText(/dd\W*mm\W*yyyy/);

  await typeDate(openedOn, '01019999');
  await expect(openedOnField.getByText(`Enter a date from 01/01/1990 to ${shown(opened.max)}.`)).toBeVisible();
  await typeDate(openedOn, '01010001');
  await expect(openedOnField.getByText(`Enter a date from 01/01/1990 to ${shown(opened.max)}.`)).toBeVisible();
  await expect(form.main.getByText('This date does not exist in the calendar.')).toBeHidden();

  await form.main.getByRole('button', { name: 'Add deadline' }).click();
  // Named in either language: the end of the test reads them in Vietnamese.
  const deadline = form.main.getByRole('group', { name: /^(Deadline|Thời hạn) 1$/ });
  await deadline.getByRole('textbox', { name: 'What is due' }).fill('Reply due');
  const dueDate = dateField(deadline, 'Due date');
  await typeDate(dueDate, '01011900');
  await expect(deadline.getByText(`Enter a date from 01/01/2000 to ${shown(due.max)}.`)).toBeVisible();

  // 29 February 2027 does not exist: an error, not 28/02/2027.
  await typeDate(dueDate, '29022027');
  await expect(deadline.getByText('29/02/2027 does not exist in the calendar.')).toBeVisible();
  await expect(dueDate).not.toHaveText(/28\W*02\W*2027/);

  await form.main.getByRole('button', { name: 'Add deadline' }).click();
  const second = form.main.getByRole('group', { name: /^(Deadline|Thời hạn) 2$/ });
  await second.getByRole('textbox', { name: 'What is due' }).fill('Verification visit');
  await form.save();
  await expect(second.getByText('Enter a date (dd/mm/yyyy).')).toBeVisible();

  await new AppShell(page).switchLanguage('vi');
  await expect(second.getByText('Vui lòng nhập ngày (nn/tt/nnnn).')).toBeVisible();
  await expect(deadline.getByText('Ngày 29/02/2027 không tồn tại trên lịch.')).toBeVisible();
  await expect(form.main.locator('.field').filter({ has: page.getByRole('group', { name: 'Ngày mở hồ sơ', exact: true }) }).getByText(`Vui lòng nhập ngày từ 01/01/1990 đến ${shown(opened.max)}.`)).toBeVisible();
  await expect(dateField(second, 'Thời hạn')).toHaveText(/nn\W*tt\W*nnnn/);
});
