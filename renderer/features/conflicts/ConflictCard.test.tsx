import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import type { Conflict } from '../../../shared/domain';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { StaticDatabaseProvider, type AttacheDb } from '../../db';
import type { ConflictRecord } from './conflictList';
import { ConflictCard } from './ConflictCard';
import { testTranslation } from './testI18n';

const caseRef = { id: sampleRecords.cases.id, reference: '2026-K7QX-0042', title: 'Steel wire rod' };
const conflict: Conflict = { ...sampleRecords.conflicts, serverValue: 'awaitingReply', clientValue: 'closed' };

function render(language: 'en' | 'vi', record: ConflictRecord, overrides: Partial<Conflict> = {}): string {
  const { i18n } = testTranslation(language);
  return renderToStaticMarkup(
    <StaticDatabaseProvider value={{ db: {} as AttacheDb, deviceId: 'device-a', actor: 'Trần Thị Lan' }}>
      <I18nextProvider i18n={i18n}>
        <Router ssrPath="/conflicts">
          <ConflictCard view={{ conflict: { ...conflict, ...overrides }, record }} onResolved={() => undefined} />
        </Router>
      </I18nextProvider>
    </StaticDatabaseProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ConflictCard', () => {
  it('names the field and links the case, and offers to keep the value in force or use the other', () => {
    const fields = { ...sampleRecords.cases, status: 'awaitingReply', outcome: null };
    const html = render('en', { exists: true, deleted: false, current: 'awaitingReply', caseRef, fields });
    expect(text(html)).toContain('Status of 2026-K7QX-0042 — Steel wire rod');
    expect(html).toContain(`href="/cases/${caseRef.id}"`);
    expect(text(html)).toContain('Value of Nguyễn Thị Mai Current value Awaiting reply');
    expect(text(html)).toContain('Value of John Smith Closed');
    expect(text(html)).toContain('Keep Nguyễn Thị Mai’s value');
    expect(text(html)).toContain('Use John Smith’s value');
  });

  it('speaks Vietnamese and falls back to neutral labels when an author is unknown', () => {
    const fields = { ...sampleRecords.cases, status: 'closed', outcome: 'confirmed' };
    const html = text(render('vi', { exists: true, deleted: false, current: 'closed', caseRef, fields }, { serverAuthor: '' }));
    expect(html).toContain('Trạng thái của 2026-K7QX-0042 — Steel wire rod');
    expect(html).toContain('Giá trị của một thành viên không xác định Chờ trả lời');
    expect(html).toContain('Dùng giá trị này');
    expect(html).toContain('Giữ giá trị của John Smith');
  });

  it('offers the other device’s status on a case closed meanwhile (it reopens the case), never a refusal', () => {
    // Issue 11 item 5: device 2 set "Awaiting reply" offline, device 1 closed it "Not confirmed".
    const fields = { ...sampleRecords.cases, status: 'closed', outcome: 'notConfirmed' };
    const html = text(render('en', { exists: true, deleted: false, current: 'closed', caseRef, fields }, { serverValue: 'closed', clientValue: 'awaitingReply' }));
    expect(html).toContain('Keep Nguyễn Thị Mai’s value');
    expect(html).toContain('Use John Smith’s value');
    expect(html).not.toContain('cannot');
  });

  it('does not offer a status nothing leads to (back to draft), and says why, in both languages', () => {
    const fields = { ...sampleRecords.cases, status: 'open', outcome: null };
    const record = { exists: true, deleted: false, current: 'open', caseRef, fields };
    const en = text(render('en', record, { serverValue: 'open', clientValue: 'draft' }));
    expect(en).not.toContain('Use John Smith’s value');
    expect(en).toContain('This value cannot be chosen: no allowed change of status leads to “Draft” from the current status.');
    expect(en).toContain('Keep Nguyễn Thị Mai’s value');
    const vi = text(render('vi', record, { serverValue: 'open', clientValue: 'draft' }));
    expect(vi).not.toContain('Dùng giá trị của John Smith');
    expect(vi).toContain('Không thể chọn giá trị này');
  });

  it('offers only to leave a deleted record deleted', () => {
    const html = text(render('en', { exists: true, deleted: true, current: 'awaitingReply', caseRef }, { reason: 'editAfterDelete' }));
    expect(html).toContain('Leave the record deleted');
    expect(html).toContain('Edit by John Smith, not applied');
    expect(html).not.toContain('Use John Smith’s value');
    expect(html).not.toContain('href=');
  });
});
