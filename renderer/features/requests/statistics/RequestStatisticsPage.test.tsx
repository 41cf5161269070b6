import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { VerificationRequest } from '../../../../shared/domain';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { en as commonEn } from '../../../i18n/locales/en';
import { vi as commonVi } from '../../../i18n/locales/vi';
import { PlatformProvider, type Platform } from '../../../platform';
import { recordsLocales } from '../../../records';
import { requestStatisticsLocales } from './locales';
import { RequestStatisticsView } from './RequestStatisticsPage';
import type { StatisticsFilter } from './StatisticsFilters';

const request = (over: Partial<VerificationRequest>): VerificationRequest => ({ ...(sampleRecords.verificationRequests as VerificationRequest), ...over });
const requests = [
  request({ id: 'a', status: 'closed', outcome: 'confirmed', sentOn: '2026-01-05', replyDueOn: '2026-05-05', replyReceivedOn: '2026-03-06' }),
  request({ id: 'b', status: 'sent', sentOn: '2026-02-10', replyDueOn: '2026-03-10', legalInstrument: 'nationalLaw' }),
  request({ id: 'c', status: 'replyReceived', direction: 'incoming', caseId: 'case-kr', sentOn: '2026-02-20', replyReceivedOn: '2026-03-02' }),
  request({ id: 'd', status: 'draft' }),
];
const cases = new Map([
  [sampleRecords.verificationRequests.caseId, { reference: '2026-K7QX-0042', partnerCountry: 'US' }],
  ['case-kr', { reference: '2026-K7QX-0050', partnerCountry: 'KR' }],
]);

function render(language: 'en' | 'vi', filter: Partial<StatisticsFilter> = {}, data: { requests: VerificationRequest[] } | null = { requests }) {
  const i18n = i18next.createInstance();
  const bundle = (l: 'en' | 'vi') => ({ ...(l === 'en' ? commonEn : commonVi), ...recordsLocales[l], ...requestStatisticsLocales[l] });
  void i18n.init({ resources: { [language]: { translation: bundle(language) } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  const html = renderToStaticMarkup(
    <PlatformProvider platform={{} as Platform}>
      <I18nextProvider i18n={i18n}>
        <RequestStatisticsView
          data={data ? { requests: data.requests, cases } : undefined}
          filter={{ granularity: 'month', from: null, to: null, ...filter }}
          onFilter={() => undefined}
          today="2026-06-30"
        />
      </I18nextProvider>
    </PlatformProvider>,
  );
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('RequestStatisticsView', () => {
  it('shows the chart as one labelled image, the figures by month with their total, and the outcomes', () => {
    const { html, text } = render('en');
    expect(/role="img" aria-label="([^"]*)"/.exec(html)?.[1]).toBe(
      'Requests sent and received. Jan 2026: Sent 1, Received 0; Feb 2026: Sent 1, Received 1.',
    );
    expect(text).toContain('Figures by period');
    // Jan: 1 sent, their reply in 60 days; Feb: 1 sent (overdue since 10 Mar), 1 received, answered in 10 days.
    expect(text).toContain('Jan 2026 1 0 1 60 60 0 – – 0');
    expect(text).toContain('Feb 2026 1 1 0 – – 1 10 10 1');
    expect(text).toContain('Total 2 1 1 60 60 1 10 10 1');
    expect(text).toContain('Outcomes by partner country Partner country Confirmed Not confirmed No reply Withdrawn Not closed yet Total United States 1 0 0 0 1 2');
    expect(text).toContain('South Korea 0 0 0 0 1 1');
    expect(text).toContain('National law 0 0 0 0 1 1');
    for (const button of ['Export figures (CSV)', 'Export outcomes (CSV)', 'Export register (CSV)']) expect(text).toContain(button);
  });

  it('groups by quarter and speaks Vietnamese', () => {
    const { html, text } = render('vi', { granularity: 'quarter' });
    expect(/role="img" aria-label="([^"]*)"/.exec(html)?.[1]).toBe('Yêu cầu đã gửi và đã nhận. Quý 1/2026: Đã gửi 2, Đã nhận 1.');
    expect(text).toContain('Thống kê yêu cầu xác minh');
    expect(text).toContain('Tổng cộng 2 1 1 60 60 1 10 10 1');
    expect(text).toContain('Kết quả theo nước đối tác');
    expect(text).toContain('Pháp luật quốc gia');
  });

  it('says so when nothing was sent in the dates chosen, and while the register loads', () => {
    expect(render('en', { from: '2025-01-01', to: '2025-12-31' }).text).toContain('No request sent in this period');
    expect(render('en', { from: '2025-01-01', to: '2025-12-31' }).html).not.toContain('role="img"');
    expect(render('en', {}, null).text).toContain('Reading the register…');
  });
});
