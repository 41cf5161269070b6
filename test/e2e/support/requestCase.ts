// A case ready for a verification request, made through the UI as an officer would: an exporter
// with its tax code, a goods line, a proof of origin, a shipment and the C/O copy attached.
import { expect, type Page } from '@playwright/test';
import { CaseDetailPage, CaseListPage } from '../pages/CasePages';

export const coFileName = 'C-O form B 0047812.pdf';

/** Creates the case and returns its id; the page is left on the case's page. */
export async function createRequestCase(page: Page, title = 'Hardwood plywood declared Vietnamese origin'): Promise<string> {
  const list = new CaseListPage(page);
  await list.goto();
  const form = await list.newCase();
  await form.title.fill(title);
  await form.chooseCountry('Partner country', 'United States', /^United States/);
  await form.addParty({ name: 'Công ty TNHH Gỗ Hoà Bình', taxCode: '0100233488' });
  await form.addGoodsLine({ hsCode: '4412.31', description: 'Hardwood plywood, tropical face ply' });
  await form.addProofOfOrigin({ number: 'B-2026-VN-0047812', issuingBody: 'VCCI Hải Phòng' });
  await form.addShipment({ billOfLading: 'HLCUSGN2609123', containers: 'MSKU1234565' });
  await form.save();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText(title);
  // Through the attachments section's file input (its picker button opens it); attachments.spec.ts tests the button.
  await detail.main.locator('input[type="file"]').first().setInputFiles({ name: coFileName, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nC/O B-2026-VN-0047812\n') });
  // In the attachments table: the case's activity names the new file too.
  await expect(detail.main.getByTestId('case-attachments').getByRole('row').filter({ hasText: coFileName })).toBeVisible();
  const id = /#\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(id).toBeDefined();
  return id!;
}
