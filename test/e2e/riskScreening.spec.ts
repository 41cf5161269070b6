// Screening a case against the lists in force (issue 13): a listed company shows on the case with
// its score and the reasons it matched; dismissed as "not a match", it stays dismissed after a
// reload and on the office's other laptop. A list imported on that laptop reaches this one as its
// pack and screens here; the quick-screen box finds a listed name on the spot.
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { syncServerUrl } from '../../playwright.config';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { packRiskListEntries } from '../../shared/riskLists/riskListPack';
import { makeRiskEntry } from '../fixtures/makeRiskEntry';
import { SyncPanel } from './pages/SyncPanel';
import { expect, test, type Page } from './support/lock';
import { enrollPeer } from './support/peerDevice';
import { createRequestCase } from './support/requestCase';
import { workspaceWithMembers } from './support/syncAdmin';

const screeningSection = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Screening against risk lists' }) });

const list = [
  'source_ref,subject_type,name,name_latin,identifiers,country,risk_categories,risk_level',
  '17,company,Hoa Binh Wood Co. Ltd,,,VN,transshipment,high',
].join('\r\n');

test('a listed company shows on its case with the reasons; dismissed as not a match, it stays dismissed after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const caseId = await createRequestCase(page);
  await page.goto('/#/risk-lists/import');
  await page.getByRole('textbox', { name: 'List name' }).fill('Plywood transshipment list');
  await page.getByRole('textbox', { name: 'Issuing authority' }).fill('U.S. Customs and Border Protection');
  await page.getByLabel('List file').setInputFiles({ name: 'plywood.csv', mimeType: 'text/csv', buffer: Buffer.from(list, 'utf8') });
  await page.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plywood transshipment list' })).toBeVisible();

  await page.goto(`/#/cases/${caseId}`);
  const section = screeningSection(page);
  const hit = section.getByRole('article', { name: 'Exporter: Công ty TNHH Gỗ Hoà Bình on the list as Hoa Binh Wood Co. Ltd' });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Plywood transshipment list, ref. 17');
  await expect(hit).toContainText('Same goods word (wood)');
  await expect(hit).toContainText(/Name “Công ty TNHH Gỗ Hoà Bình” matches the listed name “Hoa Binh Wood Co. Ltd”/);

  await hit.getByRole('button', { name: 'Not a match' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Note (why)' }).fill('Same tax code reused after a merger; different company since 2024.');
  await dialog.getByRole('button', { name: 'Not a match' }).click();
  await expect(section.getByText('Dismissed as not a match (1)')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Not a match' })).toHaveCount(0);

  await page.reload();
  await expect(section.getByText('Dismissed as not a match (1)')).toBeVisible();
  await expect(section.getByRole('status')).toContainText('0 hits');

  // The printable report says the hit, why, and the officer's decision with the note.
  await section.getByRole('link', { name: 'Print the screening report' }).click();
  const report = page.locator('.print-document');
  await expect(report.getByRole('heading', { level: 1, name: 'Screening report' })).toBeVisible();
  await expect(report).toContainText('Plywood transshipment list — U.S. Customs and Border Protection');
  await expect(report).toContainText('Same goods word (wood)');
  await expect(report).toContainText(/Decision: Not a match — .*Same tax code reused after a merger/);
});

test('a list imported on the other laptop screens here; a hit dismissed here is dismissed there too', async ({ page }) => {
  test.setTimeout(120_000);
  const { codes } = await workspaceWithMembers(`Screening office ${test.info().testId}`, ['Other laptop', 'This laptop']);
  const peer = await enrollPeer(syncServerUrl, codes[0]!);
  // The other laptop imported a one-entry list: the pack is uploaded before the list's record.
  const listId = uuidv7();
  const entry = makeRiskEntry(uuidv7(), { listId, sourceRef: '17', primaryName: 'Truong Son Steel Co., Ltd', addresses: [{ address: '', country: 'VN' }], riskCategories: ['adCvdEvasion'] });
  const pack = await packRiskListEntries(listId, [entry]);
  const sha256 = createHash('sha256').update(pack).digest('hex');
  await peer.putBlob(sha256, pack);
  const caseId = uuidv7();
  const partyId = uuidv7();
  await peer.push([
    { table: 'cases', id: caseId, fields: { ...sampleRecords.cases, id: caseId, title: 'Wire rod via Malaysia' } },
    { table: 'parties', id: partyId, fields: { ...sampleRecords.parties, id: partyId, caseId, name: 'Công ty TNHH Thép Trường Sơn', identifiers: [] } },
    { table: 'riskLists', id: listId, fields: { ...sampleRecords.riskLists, id: listId, name: 'AD/CVD evasion watch list', meetingId: null, entriesSha256: sha256, entryCount: 1 } },
  ]);

  await page.goto('/');
  await new SyncPanel(page).enroll(syncServerUrl, codes[1]!, 'This laptop');
  await page.goto('/#/risk-lists');
  await expect(page.getByRole('grid', { name: 'Risk lists' }).getByRole('row', { name: /AD\/CVD evasion watch list/ })).toContainText('Ready');

  // The quick-screen box finds the listed company under its Vietnamese name.
  await page.getByRole('textbox', { name: 'Company or person name' }).fill('CÔNG TY TNHH THÉP TRƯỜNG SƠN');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Truong Son Steel Co., Ltd' })).toContainText('AD/CVD evasion watch list (2026/1), ref. 17');

  await page.goto(`/#/cases/${caseId}`);
  const section = screeningSection(page);
  const hit = section.getByRole('article', { name: 'Exporter: Công ty TNHH Thép Trường Sơn on the list as Truong Son Steel Co., Ltd' });
  await expect(hit).toContainText('Same goods word (steel)');
  await hit.getByRole('button', { name: 'Not a match' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Note (why)' }).fill('Different tax code.');
  await page.getByRole('dialog').getByRole('button', { name: 'Not a match' }).click();
  await expect(section.getByText('Dismissed as not a match (1)')).toBeVisible();

  // The decision reaches the other laptop through the server.
  await expect
    .poll(async () => [...(await peer.pullAll()).entries()].filter(([key]) => key.startsWith('screeningDecisions/')).map(([, fields]) => [fields.subjectId, fields.verdict, fields.note]), { timeout: 30_000 })
    .toEqual([[partyId, 'notAMatch', 'Different tax code.']]);
});
