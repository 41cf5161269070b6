import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import type { ActionItem } from '../../../shared/domain';
import { sampleId, sampleRecords } from '../../../shared/domain/sampleRecords';
import { PlatformProvider, type Platform } from '../../platform';
import { en as commonEn } from '../../i18n/locales/en';
import { vi as commonVi } from '../../i18n/locales/vi';
import { recordsLocales } from '../../records';
import type { TrackerRecords } from './actionItemData';
import { actionItemsLocales } from './locales';
import { TrackerView } from './TrackerPage';

const base = sampleRecords.actionItems as ActionItem;
const records: TrackerRecords = {
  items: [
    { ...base, dueDate: '2026-04-30' },
    { ...base, id: sampleId(61), reference: 'AI-2026-015', dueDate: '2026-05-20', status: 'inProgress' },
    { ...base, id: sampleId(62), reference: 'AI-2026-016', status: 'done' },
  ],
  meetings: new Map([[base.meetingId!, { id: base.meetingId!, title: 'VN–US customs dialogue', startsAt: '2026-03-10T02:00:00.000Z' }]]),
  cases: new Map(),
  requests: new Map(),
};

function render(language: 'en' | 'vi', search: string): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [language]: { translation: { ...(language === 'en' ? commonEn : commonVi), ...recordsLocales[language], ...actionItemsLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(
    <PlatformProvider platform={{} as Platform}>
      <I18nextProvider i18n={i18n}>
        <Router ssrPath="/actions" ssrSearch={search}>
          <TrackerView records={records} search={search} navigate={() => undefined} today="2026-05-04" />
        </Router>
      </I18nextProvider>
    </PlatformProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the tracker page', () => {
  it('counts the open and in-progress items by default, with its filters and export labelled', () => {
    const text = render('en', '');
    expect(text).toContain('2 of 3 action items');
    for (const label of ['Owner side', 'Owner', 'Due', 'Meeting', 'Linked case', 'Linked request', 'Export CSV', 'Clear filters']) expect(text).toContain(label);
  });

  it('follows the query: overdue only, or every status', () => {
    expect(render('en', 'due=overdue')).toContain('1 of 3 action items');
    expect(render('en', 'status=all')).toContain('3 of 3 action items');
    expect(render('vi', 'status=done')).toContain('1 trên 3 việc');
  });
});
