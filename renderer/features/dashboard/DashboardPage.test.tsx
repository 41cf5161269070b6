import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { StaticDatabaseProvider } from '../../db';
import { makeTestDb } from '../../db/testDb';
import { DashboardPage } from './DashboardPage';
import { dashboardLocales } from './locales';

describe('the dashboard page', () => {
  it('paints its header and every tile’s heading link before any query has answered', () => {
    const i18n = i18next.createInstance();
    void i18n.init({ resources: { en: { translation: dashboardLocales.en } }, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });
    const html = renderToString(
      <I18nextProvider i18n={i18n}>
        <StaticDatabaseProvider value={{ db: makeTestDb(), deviceId: 'test', actor: 'Test' }}>
          <DashboardPage />
        </StaticDatabaseProvider>
      </I18nextProvider>,
    );
    expect(html).toContain('data-testid="dashboard"');
    for (const [heading, href] of [
      ['Overdue requests', '#/requests?due=overdue'],
      ['Requests due this week', '#/requests?due=dueThisWeek'],
      ['Overdue action items', '#/actions?due=overdue'],
      ['Action items due this week', '#/actions?status=open%2CinProgress&amp;due=thisWeek'],
      ['Next meeting', '#/meetings'],
      ['Recent meetings', '#/meetings'],
      ['Recent cases', '#/cases'],
      ['Conflicts', '#/conflicts'],
      ['Sync', '#/settings'],
      ['Open requests by status', '#/requests?status=open'],
    ]) {
      expect(html).toContain(`<a href="${href}">${heading}</a>`);
    }
    expect(html.match(/Loading…/g)?.length).toBeGreaterThanOrEqual(10);
  });
});
