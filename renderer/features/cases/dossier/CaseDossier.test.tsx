import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../../shared/domain/sampleRecords';
import { printLocales } from '../../../print';
import { recordsLocales } from '../../../records';
import type { CaseBundle } from '../caseForm';
import { CaseDossier } from './CaseDossier';
import { caseDossierLocales } from './locales';

function render(lng: 'en' | 'vi'): string {
  const i18n = i18next.createInstance();
  const bundle = (l: 'en' | 'vi') => ({ ...caseDossierLocales[l], ...recordsLocales[l], ...printLocales[l] });
  void i18n.init({ resources: { en: { translation: bundle('en') }, vi: { translation: bundle('vi') } }, lng, initAsync: false, interpolation: { escapeValue: false } });
  const s = sampleRecords;
  const caseBundle = {
    case: { ...s.cases, reference: '2026-K7QX-0042', confidentiality: 'officialUse' },
    parties: [s.parties],
    goods: [{ ...s.goods, hsCode: '760429' }],
    shipments: [s.shipments],
    proofsOfOrigin: [s.proofsOfOrigin],
    deadlines: [],
  } as unknown as CaseBundle;
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CaseDossier bundle={caseBundle} notes={[s.notes]} printedOn="2026-01-05" />
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('CaseDossier', () => {
  it('prints the summary, parties, goods with dotted HS codes, shipments, proofs and the timeline', () => {
    const text = render('en');
    expect(text).toContain('Case dossier 2026-K7QX-0042 · Printed on 05 Jan 2026');
    expect(text).toContain('OFFICIAL USE ONLY');
    for (const heading of ['Summary', 'Parties', 'Goods', 'Shipments', 'Proofs of origin', 'Timeline']) expect(text).toContain(heading);
    expect(text).toContain('7604.29');
    expect(text).toContain(sampleRecords.parties.name);
    expect(text).toContain(sampleRecords.shipments.billOfLading);
    expect(text).toContain(sampleRecords.notes.text);
  });

  it('speaks Vietnamese in a Vietnamese UI', () => {
    const text = render('vi');
    expect(text).toContain('Hồ sơ vụ việc 2026-K7QX-0042 · In ngày 05 thg 1, 2026');
    expect(text).toContain('Chứng từ chứng nhận xuất xứ');
  });
});
