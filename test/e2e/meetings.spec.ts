// A meeting as a delegation runs it (issue 14): recorded with both delegations, captured in
// meeting mode by keyboard only (agenda items, decisions, action items with due dates typed
// naturally), then read back on the meeting's record and in the printed minutes.
import { AppShell } from './pages/AppShell';
import { MeetingModePage } from './pages/MeetingModePage';
import { expect, test } from './support/lock';
import { printedText } from './support/printedText';

/** What was agreed to do: text, owner, due date as typed. Short words, as the printed table wraps cells. */
const actionItems = [
  ['Send the list of high-risk plywood exporters', 'Risk Management Department', 'in 2 weeks'],
  ['Forward the mill certificates', 'Origin Verification Division', 'end of month'],
  ['Propose dates for the joint visit', 'Attaché office', 'next Friday'],
] as const;

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

  // Meeting mode, keyboard only: three agenda items, a note, two decisions, three action items.
  await main.getByRole('link', { name: 'Meeting mode' }).click();
  const mode = new MeetingModePage(page);
  await mode.ready();
  for (const title of ['Origin verification', 'Risk list exchange', 'Any other business']) {
    await mode.agendaItem(title);
    await expect(mode.said).toContainText(`Agenda item added: ${title}`);
  }
  await mode.move(-2);
  await mode.note('The counterpart confirmed receipt of the plywood requests.');
  await expect(mode.said).toContainText('Note saved');
  await mode.decision('Both sides reply to verification requests within 90 days.');
  await mode.decision('Joint visit to the plywood exporters deferred to 2027.', 3);
  for (const [text, owner, due] of actionItems) {
    await mode.actionItem(text, owner, due);
    await expect(mode.said).toContainText(/Action item AI-\d{4}-(?:[A-Z0-9]+-)?\d{3} saved/);
  }
  await mode.leave();

  await expect(shell.heading).toHaveText('CMAA Joint Committee, 3rd session');
  await expect(main).toContainText('Both sides reply to verification requests within 90 days.');
  for (const [text] of actionItems) await expect(main).toContainText(text);

  await main.getByRole('link', { name: 'Minutes' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  const minutes = (await printedText(page)).replace(/\s+/g, ' ');
  expect(minutes).toContain('Both sides reply to verification requests within 90 days.');
  expect(minutes).toContain('Joint visit to the plywood exporters deferred to 2027.');
  // A Vietnamese delegate typed by hand is written family name first, as Vietnam writes names.
  expect(minutes).toContain('NGUYỄN Văn An');
  // The action items table wraps its cells: each row starts with its reference and the first words
  // of the action, and the owner, after our administration's name, follows in the next column.
  expect(minutes.match(/AI-\d{4}-(?:[A-Z0-9]+-)?\d{3}/g)).toHaveLength(3);
  for (const [start, owner] of [['Send the list of', 'Risk'], ['Forward the mill', 'Origin'], ['Propose dates for', 'Attaché']]) {
    expect(minutes).toMatch(new RegExp(`AI-\\d{4}-(?:[A-Z0-9]+-)?\\d{3} ${start} .*?Vietnam Customs — ${owner}`));
  }
});
