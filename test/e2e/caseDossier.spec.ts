// A case printed as a dossier (issue 12, "Letters": the same print machinery as the request
// letters): from the case's page to a PDF whose text holds its summary, parties with their tax
// code, goods with the dotted HS code, shipment, proof of origin and timeline, and nothing of the
// app around it.
import { AppShell } from './pages/AppShell';
import { CaseDetailPage } from './pages/CasePages';
import { expect, test } from './support/lock';
import { printedText } from './support/printedText';
import { createRequestCase } from './support/requestCase';

test('a case prints as a dossier with its parties, goods, shipment, proof and timeline, in English and Vietnamese', async ({ page }) => {
  await createRequestCase(page, 'Hardwood plywood, suspected transshipment');
  const detail = new CaseDetailPage(page);
  await detail.main.getByRole('button', { name: 'Open case' }).click();
  await expect(detail.status('Open')).toBeVisible();

  await detail.main.getByRole('link', { name: 'Print dossier' }).click();
  const dossier = page.getByRole('article', { name: /^Case dossier / });
  await expect(dossier).toBeVisible();
  const reference = (await dossier.getAttribute('aria-label'))!.replace('Case dossier ', '');
  expect(reference).toMatch(/^\d{4}-\S+$/);
  const text = await printedText(page);
  const folded = text.replace(/\s+/g, ' ');
  expect(text).toContain('Hardwood plywood, suspected transshipment');
  expect(folded).toContain(`Case dossier ${reference}`);
  for (const heading of ['Summary', 'Parties', 'Goods', 'Shipments', 'Proofs of origin', 'Timeline']) expect(text).toContain(heading);
  expect(text).toContain('Công ty TNHH Gỗ Hoà Bình');
  expect(text).toContain('0100233488');
  expect(text).toContain('4412.31');
  expect(text).toContain('HLCUSGN2609123');
  expect(text).toContain('MSKU1234565');
  expect(text).toContain('B-2026-VN-0047812');
  expect(folded).toContain('Draft → Open');
  expect(text).toContain('Page 1 of 1');
  expect(text).not.toContain('Save as PDF');
  expect(text).not.toMatch(/Settings|Back to the case/);

  await new AppShell(page).switchLanguage('vi');
  await expect(page.getByRole('article', { name: `Hồ sơ vụ việc ${reference}` })).toBeVisible();
  const vietnamese = await printedText(page);
  for (const heading of ['Tóm tắt', 'Các bên liên quan', 'Hàng hoá', 'Lô hàng', 'Diễn biến']) expect(vietnamese).toContain(heading);
  expect(vietnamese).toContain('Công ty TNHH Gỗ Hoà Bình');
});
