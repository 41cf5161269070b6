// A meeting as a delegation runs it (issue 14): recorded with both delegations, captured in
// meeting mode by keyboard only (agenda items, decisions, an action item with a due date typed
// naturally), then read back on the meeting's record and in the printed minutes.
import { AppShell } from './pages/AppShell';
import { expect, test } from './support/lock';
import { printedText } from './support/printedText';

test('a meeting with two delegations is captured by keyboard and every decision and action item is in the printed minutes', async ({ page }) => {
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  await shell.goto('/meetings');
  await shell.main.getByRole('link', { name: 'New meeting' }).click();

  const main = shell.main;
  await main.getByRole('textbox', { name: 'Title' }).fill('CMAA Joint Committee, 3rd session');
  const country = main.getByRole('combobox', { name: 'Counterpart country' });
  await country.click();
  await country.pressSequentially('Vietn');
  // Once the list is filtered to the one country, the keyboard picks it.
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option', { name: /Vietnam|Viet Nam/ })).toBeVisible();
  await country.press('ArrowDown');
  await country.press('Enter');
  await expect(country).toHaveValue(/Vietnam|Viet Nam/);

  for (const [section, family, given] of [
    ['Our delegation', 'Smith', 'Anna'],
    ['Counterpart delegation', 'Nguyễn', 'Văn An'],
  ] as const) {
    const delegation = main.locator('section').filter({ has: page.getByRole('heading', { name: section, exact: true }) });
    await delegation.getByRole('button', { name: 'Add a member' }).click();
    await delegation.getByRole('textbox', { name: 'Family name' }).fill(family);
    await delegation.getByRole('textbox', { name: 'Given name' }).fill(given);
  }
  await main.getByRole('button', { name: 'Save meeting' }).click();

  await expect(shell.heading).toHaveText('CMAA Joint Committee, 3rd session');
  await expect(main.getByRole('list', { name: 'Our delegation' })).toContainText('Smith');
  await expect(main.getByRole('list', { name: 'Counterpart delegation' })).toContainText('Nguyễn');

  // Meeting mode, keyboard only: three agenda items, two decisions, an action item, a note.
  await main.getByRole('link', { name: 'Meeting mode' }).click();
  const box = page.getByTestId('capture-box');
  await expect(box).toBeFocused();
  // What was saved is said in a live region; the box empties once the row is written.
  const said = page.getByTestId('meeting-mode').locator('[role="status"]');
  const save = async () => {
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('');
  };
  for (const title of ['Origin verification', 'Risk list exchange', 'Any other business']) {
    await page.keyboard.press('Alt+N');
    await page.keyboard.type(title);
    await save();
    await expect(said).toContainText(`Agenda item added: ${title}`);
  }
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.type('The counterpart confirmed receipt of the plywood requests.');
  await save();
  await expect(said).toContainText('Note saved');
  await page.keyboard.press('Alt+D');
  await page.keyboard.type('Both sides reply to verification requests within 90 days.');
  await save();
  await page.keyboard.press('Alt+D');
  await page.keyboard.press('Alt+3');
  await page.keyboard.type('Joint visit to the plywood exporters deferred to 2027.');
  await save();
  await page.keyboard.press('Alt+A');
  await page.keyboard.type('Send the updated list of high-risk plywood exporters');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Risk Management Department');
  await page.keyboard.press('Tab');
  await page.keyboard.type('in 2 weeks');
  await page.keyboard.press('Enter');
  await expect(said).toContainText(/Action item AI-\d{4}-(?:[A-Z0-9]+-)?\d{3} saved/);
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');

  await expect(shell.heading).toHaveText('CMAA Joint Committee, 3rd session');
  await expect(main).toContainText('Both sides reply to verification requests within 90 days.');
  await expect(main).toContainText('Send the updated list of high-risk plywood exporters');

  await main.getByRole('link', { name: 'Minutes' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  const minutes = (await printedText(page)).replace(/\s+/g, ' ');
  expect(minutes).toContain('Both sides reply to verification requests within 90 days.');
  expect(minutes).toContain('Joint visit to the plywood exporters deferred to 2027.');
  // The action items table wraps its cells: each cell's words are on the page, its reference whole.
  expect(minutes).toMatch(/AI-\d{4}-(?:[A-Z0-9]+-)?\d{3} Send the updated list of high-risk/);
  expect(minutes).toContain('Risk Management');
  expect(minutes).toContain('plywood exporters');
});
