// Proof that the laptop leaks nothing: records of every type, with a unique canary string in every
// text field, reach a Chromium profile on disk (from another device through sync, and typed into
// the app), plus attached files; the browser is closed and every file of the profile is scanned
// for the canaries as UTF-8 and UTF-16: zero hits, and again after edits and deletions. The
// control: the same records and bytes, written to IndexedDB in clear by the same Chromium, are
// found by the same scan (so compression or blob files cannot be what hides them).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import config, { syncServerUrl } from '../../playwright.config';
import { recordTables, type RecordTable } from '../../shared/domain';
import { sampleRecords } from '../../shared/domain/sampleRecords';
import { CaseDetailPage, CaseListPage } from './pages/CasePages';
import { SyncPanel } from './pages/SyncPanel';
import { Canaries, fillWithCanaries, scanForCanaries } from './support/canaries';
import { passingLock, expect, test } from './support/lock';
import { enrollPeer, withFreshIds, type PeerRecord } from './support/peerDevice';
import { workspaceWithMembers } from './support/syncAdmin';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opens (or reopens) the persistent profile in `dir` and passes the lock. */
async function openProfile(dir: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, { ...config.use?.launchOptions, baseURL, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = passingLock(context.pages()[0] ?? (await context.newPage()));
  await page.goto('/');
  return { context, page };
}

/**
 * Waits for the search index to be saved (sealed) after what was just written, so that the scan
 * covers the saved index too: it holds every record's words.
 */
async function searchIndexSaved(page: Page): Promise<void> {
  const saves = () => page.evaluate(() => performance.getEntriesByName('attache:search-saved').length);
  const before = await saves();
  await expect.poll(saves, { timeout: 30_000 }).toBeGreaterThan(before);
}

/** A file of `size` random bytes (incompressible) with canaries written into it at spread offsets. */
function fileWithCanaries(canaries: Canaries, size: number): Buffer {
  const bytes = randomBytes(size);
  for (let at = 1000; at < size - 100; at += Math.floor(size / 4)) bytes.write(canaries.next(), at, 'utf8');
  return bytes;
}

test('no canary from any record or attachment is on disk in the profile, after edits and deletes too; a profile written in clear shows them all', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const canaries = new Canaries();
  // The other laptop's officer administers the workspace: the deadline rules and holidays (admin tables) are among the records.
  const { codes } = await workspaceWithMembers(`Canary office ${test.info().testId}`, ['Officer on the other laptop', 'Officer on this laptop'], {
    'Officer on the other laptop': 'admin',
  });
  const peer = await enrollPeer(syncServerUrl, codes[0]!);

  // Every record type from the other laptop, with canaries in every text field, and an
  // attachment whose bytes (with canaries) this laptop downloads when it is opened.
  const sampleIds = [...new Set(JSON.stringify(sampleRecords).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g))].filter((s) => uuid.test(s));
  const samples = withFreshIds(sampleRecords, sampleIds);
  const peerFile = fileWithCanaries(canaries, 40_000);
  const peerSha = createHash('sha256').update(peerFile).digest('hex');
  const fill = (table: RecordTable) => {
    const record = fillWithCanaries(table, samples[table] as Record<string, unknown>, canaries);
    return table === 'attachments' ? { ...record, sha256: peerSha, size: peerFile.length, mediaType: 'application/pdf' } : record;
  };
  const firstVersions: PeerRecord[] = recordTables.map((table) => ({ table, id: samples[table].id, fields: fill(table) }));
  await peer.putBlob(peerSha, new Uint8Array(peerFile));
  await peer.push(firstVersions);
  const caseTitle = String(firstVersions[0]!.fields!.title);

  const profile = await mkdtemp(join(tmpdir(), 'attache-canary-'));
  const control = await mkdtemp(join(tmpdir(), 'attache-canary-control-'));
  try {
    let { context, page } = await openProfile(profile, baseURL!);
    const sync = new SyncPanel(page);
    await sync.enroll(syncServerUrl, codes[1]!, 'Laptop in the canary test');
    const list = new CaseListPage(page);
    const detail = new CaseDetailPage(page);

    // The peer's case arrived; its attachment is downloaded by saving a copy.
    await list.goto();
    await list.row(caseTitle).getByRole('link').first().click();
    await expect(detail.heading).toHaveText(caseTitle);
    const attachmentName = String(firstVersions.find((r) => r.table === 'attachments')!.fields!.fileName);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Save a copy of ${attachmentName}` }).click();
    await (await download).path();

    // Typed into the app: a case with canaries in its words, a party and a goods line, and a file.
    const typed = { title: canaries.next(), summary: `${canaries.next()} ${canaries.next()}`, party: canaries.next(), goods: canaries.next() };
    await list.goto();
    const form = await list.newCase();
    await form.title.fill(typed.title);
    await form.chooseCountry('Partner country', 'United States', /^United States/);
    await form.main.getByRole('textbox', { name: 'Summary' }).fill(typed.summary);
    await form.addParty({ name: typed.party });
    await form.addGoodsLine({ hsCode: '6802.93', description: typed.goods });
    await form.save();
    await expect(detail.heading).toHaveText(typed.title);
    const typedFile = fileWithCanaries(canaries, 300_000);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach files…' }).click();
    await (await chooser).setFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: typedFile });
    await expect(page.getByTestId('case-attachments')).toContainText('invoice.pdf');
    await sync.syncNow();
    await sync.expectUpToDate();
    await searchIndexSaved(page);
    // Typed and never saved: the new case form's draft, kept (sealed) while the officer is away.
    await list.goto();
    const unsaved = await list.newCase();
    const draftWrites = () => page.evaluate(() => performance.getEntriesByName('attache:draft-saved').length);
    const drafted = { draftTitle: canaries.next(), draftSummary: canaries.next() };
    for (const [field, text] of [[unsaved.title, drafted.draftTitle], [unsaved.main.getByRole('textbox', { name: 'Summary' }), drafted.draftSummary]] as const) {
      const writes = await draftWrites();
      await field.fill(text);
      await expect.poll(draftWrites).toBeGreaterThan(writes);
    }
    await context.close();

    expect(await scanForCanaries(profile, canaries.marker), 'canaries found in the profile after writing').toEqual([]);

    // Edits and deletions: new canaries over every field from the peer, some records deleted,
    // the typed case retitled and its file removed. Old versions must not surface either.
    const secondVersions: PeerRecord[] = recordTables.map((table) => ({ table, id: samples[table].id, fields: fill(table) }));
    await peer.push(secondVersions.filter((r) => r.table !== 'attachments'));
    await peer.push(['notes', 'contacts', 'riskEntries', 'actionItems'].map((table) => ({ table: table as RecordTable, id: samples[table as RecordTable].id, op: 'delete' as const })));
    ({ context, page } = await openProfile(profile, baseURL!));
    const reopened = { sync: new SyncPanel(page), list: new CaseListPage(page), detail: new CaseDetailPage(page) };
    await reopened.sync.syncNow();
    await reopened.sync.expectUpToDate();
    await reopened.list.goto();
    await reopened.list.row(typed.title).getByRole('link').first().click();
    const retitled = canaries.next();
    const edit = await reopened.detail.edit();
    await edit.title.fill(retitled);
    await edit.save();
    await expect(reopened.detail.heading).toHaveText(retitled);
    await page.getByRole('button', { name: 'Remove invoice.pdf' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('No files attached yet.')).toBeVisible();
    await reopened.sync.syncNow();
    await reopened.sync.expectUpToDate();
    await searchIndexSaved(page);
    await context.close();

    expect(await scanForCanaries(profile, canaries.marker), 'canaries found in the profile after edits and deletes').toEqual([]);

    // The control: the same records, words and files in IndexedDB without encryption.
    const clear = await chromium.launchPersistentContext(control, { ...config.use?.launchOptions, baseURL });
    const controlPage = clear.pages()[0] ?? (await clear.newPage());
    await controlPage.goto('/');
    const records = [...firstVersions, ...secondVersions].map((r, i) => ({ key: i, ...r.fields }));
    await controlPage.evaluate(
      async ({ records, typed, files }) => {
        const request = indexedDB.open('attache-canary-control', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('records', { keyPath: 'key' });
          request.result.createObjectStore('blobs');
        };
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['records', 'blobs'], 'readwrite');
        for (const record of records) tx.objectStore('records').put(record);
        tx.objectStore('records').put({ key: 'typed', ...typed });
        files.forEach((base64, i) => tx.objectStore('blobs').put(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), i));
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { records, typed: { ...typed, ...drafted, retitled }, files: [peerFile.toString('base64'), typedFile.toString('base64')] },
    );
    await clear.close();
    const found = new Set((await scanForCanaries(control, canaries.marker)).map((hit) => hit.canary));
    const missing = canaries.issued.map(Canaries.id).filter((id) => !found.has(id));
    expect(missing, 'canaries the control scan could not see').toEqual([]);
    expect(canaries.issued.length).toBeGreaterThan(100);
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(control, { recursive: true, force: true });
  }
});
