// Two delegation members capture the same meeting on their own laptops while offline (issue 14):
// notes, decisions, action items and an agenda item added on the fly on each. Once both are back
// online every line of both is on both laptops, under the same items, in the same order: no line
// lost, no conflict.
import { expect, test } from '@playwright/test';
import { MeetingModePage } from './pages/MeetingModePage';
import { enrolledBrowserDevices, type BrowserDevice } from './support/browserDevices';
import { recordMeeting } from './support/meeting';

const officers = ['Nguyễn Văn An', 'Trần Thị Bình'];

/** The meeting's record as its page shows it: agenda items with their captured lines, in order. */
const recordOf = (device: BrowserDevice) => device.page.getByRole('main').locator('ol.meeting-agenda');

test('two laptops capture the same meeting offline and, after sync, both show the union in the same order', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const [a, b] = (await enrolledBrowserDevices(browser, baseURL!, `Delegation ${test.info().testId}`, officers)) as [BrowserDevice, BrowserDevice];

  // An's laptop records the meeting and its agenda while online.
  const meetingPath = await recordMeeting(a.page, 'Working group on transshipment', { typed: 'Vietn', name: /^(Vietnam|Viet Nam)$/ });
  await a.page.getByRole('main').getByRole('link', { name: 'Meeting mode' }).click();
  const modeA = new MeetingModePage(a.page);
  await modeA.ready();
  await modeA.agendaItem('Origin verification');
  await modeA.agendaItem('Risk list exchange');
  await a.sync.expectUpToDate();

  // Bình's laptop has it too, then both lose the network.
  await b.page.goto(`/#${meetingPath}/capture`);
  const modeB = new MeetingModePage(b.page);
  await modeB.ready();
  const agendaB = b.page.getByRole('list', { name: 'Agenda' });
  await expect(agendaB.getByRole('button', { name: /Risk list exchange/ })).toBeVisible({ timeout: 20_000 });
  await a.context.setOffline(true);
  await b.context.setOffline(true);

  // Both capture under "Origin verification", each adds an item, and each notes under it.
  await a.page.getByRole('list', { name: 'Agenda' }).getByRole('button', { name: /Origin verification/ }).click();
  await modeA.note('An: CBP received the plywood requests on 2 December.');
  await modeA.decision('Replies to verification requests within 90 days.');
  await modeA.actionItem('Send the list of high-risk plywood exporters', 'Risk Management Department', 'in 2 weeks');
  await agendaB.getByRole('button', { name: /Origin verification/ }).click();
  await modeB.note('Bình: the counterpart asked for the mill certificates.');
  await modeB.actionItem('Forward the mill certificates', 'Origin Verification Division', 'end of month');
  await modeA.agendaItem('Joint visit (An)');
  await modeA.note('An: a visit in March is possible.');
  await modeB.agendaItem('Next session (Bình)');
  await modeB.decision('The next session takes place in Washington.', 2);
  for (const mode of [modeA, modeB]) await mode.leave();

  for (const device of [a, b]) {
    await expect(device.sync.status).toHaveAttribute('data-pending', /[1-9]/);
    await device.context.setOffline(false);
  }
  const lines = [
    'An: CBP received the plywood requests on 2 December.',
    'Replies to verification requests within 90 days.',
    'Send the list of high-risk plywood exporters',
    'Bình: the counterpart asked for the mill certificates.',
    'Forward the mill certificates',
    'Joint visit (An)',
    'An: a visit in March is possible.',
    'Next session (Bình)',
    'The next session takes place in Washington.',
  ];
  for (const device of [a, b]) {
    await device.sync.expectUpToDate();
    await device.page.goto(`/#${meetingPath}`);
  }
  for (const device of [a, b]) {
    for (const line of lines) await expect(recordOf(device)).toContainText(line, { timeout: 30_000 });
  }
  const [textA, textB] = await Promise.all([recordOf(a).innerText(), recordOf(b).innerText()]);
  expect(textA).toBe(textB);
  // Each line is under the item it was captured for: both notes under "Origin verification".
  const origin = recordOf(a).getByRole('listitem').filter({ has: a.page.getByRole('heading', { name: 'Origin verification' }) });
  await expect(origin).toContainText('An: CBP received');
  await expect(origin).toContainText('Bình: the counterpart asked');
  // No conflicted copy: separate rows merge without a conflict.
  for (const device of [a, b]) await expect(device.page.getByRole('navigation').getByRole('link', { name: /^Conflicts/ })).toHaveText('Conflicts');
  await Promise.all([a.context.close(), b.context.close()]);
});
