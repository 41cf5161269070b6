import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { validationMessages, type ActionItem } from '../../../shared/domain';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { StaticDatabaseProvider, type AttacheDb } from '../../db';
import { formsLocales } from '../../forms';
import { en as commonEn } from '../../i18n/locales/en';
import { recordsLocales } from '../../records';
import type { TrackerRecords } from './actionItemData';
import { ActionItemEditView } from './ActionItemEditPage';
import { actionItemsLocales } from './locales';

const base = sampleRecords.actionItems as ActionItem;
const caseId = sampleId(70);
const replacement: ActionItem = { ...base, id: sampleId(61), reference: 'AI-2026-K7QX-015', caseIds: [caseId] };
const records: TrackerRecords = {
  items: [{ ...base, status: 'superseded', supersededById: replacement.id, caseIds: [caseId] }, replacement],
  meetings: new Map([[base.meetingId!, { id: base.meetingId!, title: 'VN–US customs dialogue', startsAt: '2026-03-10T02:00:00.000Z' }]]),
  cases: new Map([[caseId, { id: caseId, reference: '2026-K7QX-0042', title: 'Steel wire rod', archivedAt: null }]]),
  requests: new Map(),
};

function render(id: string | null, path: string, search = ''): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: { ...commonEn, ...recordsLocales.en, ...validationMessages.en, ...formsLocales.en, ...actionItemsLocales.en } } },
    lng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(
    <StaticDatabaseProvider value={{ db: {} as AttacheDb, deviceId: 'device-a', actor: 'Trần Thị Lan' }}>
      <I18nextProvider i18n={i18n}>
        <Router ssrPath={path} ssrSearch={search}>
          <ActionItemEditView id={id} records={records} />
        </Router>
      </I18nextProvider>
    </StaticDatabaseProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('an action item page', () => {
  it('offers Mark done and Supersede on an open item, names the item it replaces, its meeting and its linked case', () => {
    const text = render(replacement.id, `/actions/${replacement.id}`);
    expect(text).toContain('Mark done');
    expect(text).toContain('Supersede');
    expect(text).toContain('Replaces AI-2026-014');
    expect(text).toContain('From the meeting: VN–US customs dialogue');
    expect(text).toContain('2026-K7QX-0042 — Steel wire rod');
    expect(text).toContain('Save action item');
  });

  it('on a superseded item links to its replacement and offers neither action', () => {
    const text = render(base.id, `/actions/${base.id}`);
    expect(text).toContain('Superseded by AI-2026-K7QX-015');
    expect(text).not.toContain('Mark done');
  });

  it('prefills a new item’s links from the query', () => {
    const text = render(null, '/actions/new', `case=${caseId}`);
    expect(text).toContain('New action item');
    expect(text).toContain('2026-K7QX-0042 — Steel wire rod');
  });
});
