// Requests across an office's laptops (issue 12, "Two devices"): the other laptop is a real sync
// client in Node speaking the wire contract. A request it sends arrives frozen here and the server
// refuses its later edit (`record_frozen`); questions added on each laptop while this one is
// offline are all there after sync, none lost, none in conflict. The administration's deadline
// rules come from an administrator's laptop; a member's laptop shows them and cannot change them.
import { v7 as uuidv7 } from 'uuid';
import { syncServerUrl } from '../../playwright.config';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { SyncPanel } from './pages/SyncPanel';
import { RequestFormPage } from './pages/RequestFormPage';
import { RequestPage } from './pages/RequestPages';
import { expect, test } from './support/lock';
import { enrollPeer, type PeerDevice } from './support/peerDevice';
import { workspaceWithMembers } from './support/syncAdmin';

/** A case and a draft request of it, written on the other laptop; returns the request's id. */
async function draftOnPeer(peer: PeerDevice, subject: string): Promise<{ requestId: string; fields: Record<string, unknown> }> {
  const caseId = uuidv7();
  const requestId = uuidv7();
  const fields = { ...sampleRecords.verificationRequests, id: requestId, caseId, ourContactId: null, subject, status: 'draft', sentOn: null, frozenAt: null, attachmentIds: [] };
  await peer.push([
    { table: 'cases', id: caseId, fields: { ...sampleRecords.cases, id: caseId } },
    { table: 'verificationRequests', id: requestId, fields },
  ]);
  return { requestId, fields };
}

const question = (requestId: string, number: number, text: string) => {
  const id = uuidv7();
  return { table: 'requestQuestions' as const, id, fields: { ...sampleRecords.requestQuestions, id, requestId, number, text } };
};

test('a request sent on the other laptop arrives frozen, and the server refuses a later edit of its content', async ({ page }) => {
  const { codes } = await workspaceWithMembers(`Frozen office ${test.info().testId}`, ['Other laptop', 'This laptop']);
  const peer = await enrollPeer(syncServerUrl, codes[0]!);
  const { requestId, fields } = await draftOnPeer(peer, 'Verification of C/O VN-US 25/01/00123');
  await peer.push([question(requestId, 1, 'Who produced the wire rod?')]);
  await peer.push([{ table: 'verificationRequests', id: requestId, fields: { ...fields, status: 'sent', sentOn: '2026-01-05', replyDueOn: '2026-05-05', frozenAt: '2026-01-05T09:00:00.000Z' } }]);

  await page.goto('/');
  await new SyncPanel(page).enroll(syncServerUrl, codes[1]!, 'This laptop');
  await page.goto(`/#/requests/${requestId}`);
  const request = new RequestPage(page);
  await expect(request.heading).toHaveText('Verification of C/O VN-US 25/01/00123');
  await expect(request.badge('Sent')).toBeVisible();
  await expect(request.main.getByText(/^This request was sent on 05 Jan 2026: its content cannot change\.$/)).toBeVisible();
  await page.goto(`/#/requests/${requestId}/edit`);
  await expect(page.getByRole('button', { name: 'Create an amendment' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Subject', exact: true })).toHaveCount(0);

  // The other laptop tries to change the sent subject: refused by the server, whatever the client.
  await expect(peer.push([{ table: 'verificationRequests', id: requestId, fields: { ...fields, subject: 'Changed after sending', status: 'sent', sentOn: '2026-01-05', replyDueOn: '2026-05-05', frozenAt: '2026-01-05T09:00:00.000Z' } }])).rejects.toThrow(/record_frozen/);
  await page.reload();
  await expect(request.main.getByRole('button', { name: 'Create an amendment' })).toBeVisible();
  await page.goto(`/#/requests/${requestId}`);
  await expect(request.heading).toHaveText('Verification of C/O VN-US 25/01/00123');
});

test('a question added on each laptop while this one is offline: both are there after sync', async ({ page, context }) => {
  const { codes } = await workspaceWithMembers(`Questions office ${test.info().testId}`, ['Other laptop', 'This laptop']);
  const peer = await enrollPeer(syncServerUrl, codes[0]!);
  const { requestId } = await draftOnPeer(peer, 'Verification of C/O VN-US 25/01/00124');
  await peer.push([question(requestId, 1, 'Who produced the wire rod?')]);

  await page.goto('/');
  const sync = new SyncPanel(page);
  await sync.enroll(syncServerUrl, codes[1]!, 'This laptop');
  await page.goto(`/#/requests/${requestId}`);
  const request = new RequestPage(page);
  const questions = request.main.getByRole('list', { name: 'Questions' });
  await expect(questions.getByRole('listitem')).toHaveCount(1);

  // Offline here: a second question typed into the draft and saved on this laptop…
  await context.setOffline(true);
  await page.goto(`/#/requests/${requestId}/edit`);
  const form = new RequestFormPage(page);
  await form.addQuestion('Where were the billets melted?', ['Mill test certificates']);
  await form.save();
  await expect(request.heading).toHaveText('Verification of C/O VN-US 25/01/00124');
  await expect(questions.getByRole('listitem')).toHaveCount(2);
  // …while the other laptop adds its own.
  await peer.push([question(requestId, 2, 'What was the plant’s output in October 2025?')]);

  await context.setOffline(false);
  await expect(questions.getByRole('listitem')).toHaveCount(3, { timeout: 30_000 });
  for (const text of ['Who produced the wire rod?', 'Where were the billets melted?', 'What was the plant’s output in October 2025?']) {
    await expect(questions).toContainText(text);
  }
  // No conflicted copy: the sidebar counts no open conflict.
  await expect(page.getByRole('navigation').getByRole('link', { name: /^Conflicts/ })).toHaveText('Conflicts');
});

test("an administrator's deadline rules reach a member's laptop, which shows them and cannot change them", async ({ page }) => {
  const { codes } = await workspaceWithMembers(`Rules office ${test.info().testId}`, ['Head of office', 'This laptop'], { 'Head of office': 'admin' });
  const head = await enrollPeer(syncServerUrl, codes[0]!);
  const holidayId = uuidv7();
  await head.push([
    { table: 'replyPeriodRules', id: 'CMAA', fields: { id: 'CMAA', amount: 90, unit: 'days', dayKind: 'business' } },
    { table: 'holidays', id: holidayId, fields: { id: holidayId, date: '2026-09-02', name: 'Quốc khánh (National Day)' } },
  ]);

  await page.goto('/');
  await new SyncPanel(page).enroll(syncServerUrl, codes[1]!, 'This laptop');
  await page.goto('/#/settings');
  const section = page.getByRole('main').locator('section', { has: page.getByRole('heading', { name: 'Request deadlines', exact: true }) });
  await expect(section.getByText(/^Only an administrator of Rules office .+ changes these periods and holidays/)).toBeVisible();
  await expect(section.getByRole('row', { name: /^CMAA/ })).toContainText('90 days, Business days');
  await expect(section.getByRole('listitem').filter({ hasText: 'Quốc khánh (National Day)' })).toContainText(/02 Sept? 2026/);
  await expect(section.getByRole('button', { name: 'Add holiday' })).toHaveCount(0);
  await expect(section.getByRole('spinbutton')).toHaveCount(0);
});
