// What was agreed, chased (issue 14): action items a colleague recorded reach this laptop through
// sync; the overdue one is on the dashboard and in the tracker (in English and in Vietnamese), the
// other is not; once marked done with a closing note it leaves both.
import { v7 as uuidv7 } from 'uuid';
import { syncServerUrl } from '../../playwright.config';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { AppShell } from './pages/AppShell';
import { SyncPanel } from './pages/SyncPanel';
import { expect, test } from './support/lock';
import { enrollPeer } from './support/peerDevice';
import { workspaceWithMembers } from './support/syncAdmin';

/** A calendar day `days` from now: the app's "today" is the real one, so the dates follow it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('an overdue action item shows on the dashboard and in the tracker in both languages until it is marked done', async ({ page }) => {
  test.setTimeout(120_000);
  const { codes } = await workspaceWithMembers(`Tracker office ${test.info().testId}`, ['Colleague at headquarters', 'Attaché']);
  const peer = await enrollPeer(syncServerUrl, codes[0]!);
  const overdueId = uuidv7();
  const laterId = uuidv7();
  const item = (id: string, reference: string, text: string, dueDate: string) => ({
    table: 'actionItems' as const,
    id,
    fields: { ...sampleRecords.actionItems, id, reference, text, dueDate, meetingId: null, agendaItemId: null },
  });
  await peer.push([
    item(overdueId, 'AI-2026-101', 'Send the list of high-risk plywood exporters', dayFromNow(-10)),
    item(laterId, 'AI-2026-102', 'Confirm the dates of the joint visit', dayFromNow(60)),
  ]);

  await page.goto('/');
  await new SyncPanel(page).enroll(syncServerUrl, codes[1]!, 'Attaché laptop');

  const shell = new AppShell(page);
  await shell.goto('/');
  const overdue = page.getByTestId('dashboard-actions-overdue');
  await expect(overdue).toContainText('Send the list of high-risk plywood exporters');
  await expect(overdue).not.toContainText('Confirm the dates of the joint visit');

  // The tile's heading opens the tracker filtered as it counts.
  await overdue.getByRole('link', { name: 'Overdue action items' }).click();
  await expect(shell.heading).toHaveText('Action items');
  await expect(shell.main).toContainText('AI-2026-101');
  await expect(shell.main).not.toContainText('AI-2026-102');

  // The same in the Vietnamese UI.
  await shell.switchLanguage('vi');
  await expect(shell.heading).toHaveText('Việc cần làm');
  await expect(shell.main).toContainText('AI-2026-101');
  await shell.goto('/');
  await expect(overdue.getByRole('link', { name: 'Việc cần làm quá hạn' })).toBeVisible();
  await expect(overdue).toContainText('Send the list of high-risk plywood exporters');
  await shell.switchLanguage('en');

  // Marked done with a closing note, it is no longer overdue anywhere.
  await shell.goto(`/actions/${overdueId}`);
  await shell.main.getByRole('button', { name: 'Mark done' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Mark the action item done' });
  await dialog.getByRole('textbox', { name: 'Closing note' }).fill('List sent by email to CBP on the 3rd.');
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog).toBeHidden();
  await expect(shell.main.getByRole('button', { name: 'Mark done' })).toHaveCount(0);

  await shell.goto('/');
  await expect(overdue).toContainText('No action item is overdue.');
  await shell.goto('/actions?due=overdue');
  await expect(shell.main).not.toContainText('AI-2026-101');
});
