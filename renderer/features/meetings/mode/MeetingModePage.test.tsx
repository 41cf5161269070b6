import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { sampleId, sampleRecords } from '../../../../shared/domain/sampleRecords';
import { StaticDatabaseProvider, type AttacheDb } from '../../../db';
import { recordsLocales } from '../../../records';
import type { MeetingBundle } from '../data/meetingData';
import { meetingModeLocales } from './locales';
import { MeetingModeView } from './MeetingModePage';

const bundle: MeetingBundle = {
  meeting: sampleRecords.meetings,
  participants: [],
  agendaItems: [sampleRecords.agendaItems, { ...sampleRecords.agendaItems, id: sampleId(36), position: 2, title: 'E-commerce risk profiles' }],
  decisions: [sampleRecords.decisions],
  notes: [sampleRecords.meetingNotes],
  actionItems: [{ ...sampleRecords.actionItems, dueDate: '2027-01-15' }],
};

function render(language: 'en' | 'vi'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { [language]: { translation: { ...recordsLocales[language], ...meetingModeLocales[language] } } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  // Nothing is written while rendering: the database is only reached by a save.
  const database = { db: {} as AttacheDb, deviceId: sampleId(99), actor: 'Test' };
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <StaticDatabaseProvider value={database}>
        <MeetingModeView bundle={bundle} onLeave={() => undefined} />
      </StaticDatabaseProvider>
    </I18nextProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('meeting mode', () => {
  const html = render('en');

  it('is a full-window layer with the meeting title and a way out', () => {
    expect(html).toContain('data-testid="meeting-mode"');
    expect(text(html)).toContain('CMAA Joint Committee, 5th session');
    expect(html).toMatch(/aria-keyshortcuts="Escape"[^>]*>Leave meeting mode</);
  });

  it('shows the agenda with the first item current, and that item’s lines in a region named after it', () => {
    expect(html).toContain('aria-label="Agenda"');
    expect(html).toMatch(/aria-current="true"[^>]*>.*?Origin verification cooperation/);
    expect(html).toContain('<section class="meeting-mode-lines" aria-label="Origin verification cooperation">');
    const lines = text(html);
    expect(lines).toContain('CBP proposes a quarterly exchange of risk lists.');
    expect(lines).toContain('Agreed Exchange updated risk lists quarterly.');
    expect(lines).toContain('AI-2026-014 Send the updated high-risk goods list. Owner: Our side — Risk Management Department Due Fri 15 Jan 2027');
  });

  it('has one capture box, labelled, with its keys announced and listed', () => {
    expect(html).toMatch(/<label for="[^"]+" class="capture-label">Note<\/label>/);
    expect(html).toContain('data-testid="capture-box"');
    expect(html).toContain('aria-keyshortcuts="Enter Alt+D Alt+A Alt+N Alt+ArrowDown Alt+PageDown Alt+ArrowUp Alt+PageUp Escape"');
    expect(text(html)).toContain('Alt+D decision');
    expect(html).toContain('role="status"');
  });

  it('reads in Vietnamese', () => {
    const vi = text(render('vi'));
    expect(vi).toContain('Thoát chế độ họp');
    expect(vi).toContain('Ghi chép');
    expect(vi).toContain('Hạn Thứ sáu, 15 thg 1, 2027');
  });
});
