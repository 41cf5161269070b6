// A case exported whole from its page (issue 11, "Also expected"): one JSON file named after the
// reference, with the case, its children, its links and its attachments listed (name, type,
// size, SHA-256, never the bytes), and the export in the case's audit trail.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CaseActivity } from './pages/AuditPages';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { expect, test } from './support/lock';

test('exports a case with its parties, goods, shipments, proofs, notes, links and attachment list as <reference>.json', async ({ page }) => {
  const list = new CaseListPage(page);
  const detail = new CaseDetailPage(page);
  await list.goto();
  let form = await list.newCase();
  await form.title.fill('Plywood, earlier transshipment case');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.save();
  await expect(detail.heading).toHaveText('Plywood, earlier transshipment case');

  await list.goto();
  form = await list.newCase();
  await form.title.fill('Aluminium extrusions, C/O verification');
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.addParty({ name: 'Công ty TNHH Nhôm Sông Hồng', taxCode: '0100109106' });
  await form.addGoodsLine({ hsCode: '7604.29', description: 'Aluminium alloy profiles' });
  await form.addShipment({ billOfLading: 'HLCUSGN2609123', containers: 'MSKU1234565' });
  await form.addProofOfOrigin({ number: 'B-2026-VN-0047812', issuingBody: 'VCCI' });
  await form.linkCase('Plywood', /Plywood, earlier transshipment case/);
  await form.save();
  await expect(detail.heading).toHaveText('Aluminium extrusions, C/O verification');
  await detail.addNote('Asked the exporter for the production records.');

  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Attachments' }) });
  const contents = Buffer.from('%PDF-1.7\nCertificate of origin form B 00123\n');
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles({ name: 'C-O form B 00123.pdf', mimeType: 'application/pdf', buffer: contents });
  await expect(page.getByTestId('case-attachments').getByRole('row').filter({ hasText: 'C-O form B 00123.pdf' })).toBeVisible();
  const reference = (await detail.main.locator('header .case-ref').textContent())!.trim();

  const download = page.waitForEvent('download');
  await detail.main.getByRole('button', { name: 'Export (JSON)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`${reference}.json`);
  const data = JSON.parse(await readFile((await saved.path())!, 'utf8'));

  expect(data).toMatchObject({ format: 'attache.case-export', formatVersion: 1 });
  expect(data.case).toMatchObject({ reference, title: 'Aluminium extrusions, C/O verification', partnerCountry: 'US' });
  expect(data.parties).toEqual([expect.objectContaining({ name: 'Công ty TNHH Nhôm Sông Hồng', identifiers: [{ scheme: 'VN_MST', value: '0100109106' }] })]);
  expect(data.goods).toEqual([expect.objectContaining({ hsCode: expect.stringMatching(/^7604\.?29$/), description: 'Aluminium alloy profiles' })]);
  expect(data.shipments).toEqual([expect.objectContaining({ billOfLading: 'HLCUSGN2609123', containers: ['MSKU1234565'] })]);
  expect(data.proofsOfOrigin).toEqual([expect.objectContaining({ number: 'B-2026-VN-0047812', issuingBody: 'VCCI' })]);
  expect(data.notes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'note', text: 'Asked the exporter for the production records.' })]));
  expect(data.links.linksTo).toEqual([expect.objectContaining({ title: 'Plywood, earlier transshipment case' })]);
  expect(data.attachments).toEqual([
    expect.objectContaining({
      fileName: 'C-O form B 00123.pdf',
      mediaType: 'application/pdf',
      size: contents.length,
      sha256: createHash('sha256').update(contents).digest('hex'),
    }),
  ]);
  // Listed, not included: the file's bytes are nowhere in the export.
  expect(JSON.stringify(data)).not.toContain('Certificate of origin form B 00123');
  await expect(detail.main.getByText(`Exported to ${reference}.json.`)).toBeVisible();

  // The export is in the case's audit trail, as its own action.
  const activity = new CaseActivity(page);
  await expect(activity.rows('Exported')).toHaveCount(1);
});
