import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { meetingCaptureOrder } from '../../../../shared/domain';
import { useMeetingBundle, type MeetingBundle } from '../data/meetingData';
import { AgendaList } from './AgendaList';
import { agendaStops, capturedLines, moveStop, resolveStop, sectionOf } from './agendaNavigation';
import { CaptureBox } from './CaptureBox';
import { CapturedLines } from './CapturedLines';
import { MeetingClock } from './MeetingClock';
import { useMeetingCapture } from './useMeetingCapture';
import { useShellHidden } from './useShellHidden';

import './meetingMode.css';

/**
 * `/meetings/:id/capture`: meeting mode, the full-screen, keyboard-first view used during a
 * bilateral meeting. Every note, decision and action item is a row of its own, so delegation
 * members capturing on their own laptops offline merge cleanly after sync.
 */
export function MeetingModePage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const bundle = useMeetingBundle(params.id);
  const target = `/meetings/${params.id}`;
  const latest = useRef({ navigate, target });
  useLayoutEffect(() => {
    latest.current = { navigate, target };
  });
  const leave = useCallback(() => latest.current.navigate(latest.current.target), []);

  if (bundle === undefined) {
    return (
      <MeetingModeLayer>
        <p className="meeting-mode-status">{t('meetingMode.loading')}</p>
      </MeetingModeLayer>
    );
  }
  if (bundle === null) {
    return (
      <MeetingModeLayer>
        <div className="meeting-mode-status">
          <p>{t('meetingMode.notFound')}</p>
          <Link href="/meetings" className="btn btn-secondary">
            {t('meetingMode.backToMeetings')}
          </Link>
        </div>
      </MeetingModeLayer>
    );
  }
  return <MeetingModeView bundle={bundle} onLeave={leave} />;
}

/** The full-viewport layer over the app's chrome, which it hides from assistive technology while open. */
function MeetingModeLayer({ children }: { children: ReactNode }) {
  const layerRef = useRef<HTMLDivElement>(null);
  useShellHidden(layerRef);
  return (
    <div ref={layerRef} className="meeting-mode" data-testid="meeting-mode">
      {children}
    </div>
  );
}

/** Where meeting mode stands: the item asked for, the one shown until it is read back, and whether it was just added. */
interface Place {
  wanted: string | null | undefined;
  fallback: string | null | undefined;
  added: boolean;
}

/** The view of a loaded meeting (exported for its render test). */
export function MeetingModeView({ bundle, onLeave }: { bundle: MeetingBundle; onLeave: () => void }) {
  const { t } = useTranslation();
  const { meeting, agendaItems } = bundle;
  const sections = useMemo(() => meetingCaptureOrder(bundle.agendaItems, capturedLines(bundle)), [bundle]);
  const stops = useMemo(() => agendaStops(sections), [sections]);
  const [place, setPlace] = useState<Place>({ wanted: undefined, fallback: undefined, added: false });
  const current = resolveStop(stops, place.wanted, place.fallback);
  // An item added here is written before the database reads it back: lines typed meanwhile go under it.
  const captureUnder = place.added && place.wanted !== undefined ? place.wanted : current;
  const section = useMemo(() => sectionOf(sections, current, agendaItems), [sections, current, agendaItems]);
  const titleOf = useCallback((stop: string | null) => (stop === null ? t('meetingMode.agenda.general') : (agendaItems.find((a) => a.id === stop)?.title ?? '')), [agendaItems, t]);
  const title = titleOf(current);

  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  const latest = useRef({ stops, current, titleOf });
  useLayoutEffect(() => {
    latest.current = { stops, current, titleOf };
  });
  useEffect(() => {
    if (place.added && place.wanted !== undefined && stops.includes(place.wanted)) setPlace((p) => ({ ...p, added: false }));
  }, [place, stops]);

  const goTo = useCallback(
    (stop: string | null) => {
      setPlace({ wanted: stop, fallback: stop, added: false });
      announce(t('meetingMode.announce.current', { title: latest.current.titleOf(stop) }));
    },
    [announce, t],
  );
  const move = useCallback((delta: 1 | -1) => goTo(moveStop(latest.current.stops, latest.current.current, delta)), [goTo]);
  const select = useCallback(
    (stop: string | null) => {
      goTo(stop);
      inputRef.current?.focus();
    },
    [goTo],
  );
  const agendaItemAdded = useCallback((id: string) => setPlace({ wanted: id, fallback: latest.current.current, added: true }), []);
  const capture = useMeetingCapture({ meetingId: meeting.id, agendaItemId: captureUnder, agenda: agendaItems }, agendaItemAdded);

  return (
    <MeetingModeLayer>
      <header className="meeting-mode-header">
        <div className="meeting-mode-heading">
          <p className="meeting-mode-kicker">{t('meetingMode.title')}</p>
          <h1 className="meeting-mode-title">{meeting.title}</h1>
        </div>
        <MeetingClock timeZone={meeting.timeZone} counterpartTimeZone={meeting.counterpartTimeZone} />
        <button type="button" className="btn btn-secondary" aria-keyshortcuts="Escape" onClick={onLeave}>
          {t('meetingMode.leave')}
        </button>
      </header>
      <div className="meeting-mode-body">
        <AgendaList sections={sections} current={current} onSelect={select} />
        <div className="meeting-mode-main">
          <CapturedLines section={section} title={title} />
          <CaptureBox onCapture={capture} onMove={move} onLeave={onLeave} onAnnounce={announce} inputRef={inputRef} />
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {/* A no-break space every other time, so the same words said twice are announced twice. */}
        {announcement.text + (announcement.n % 2 === 1 ? '\u00a0' : '')}
      </p>
    </MeetingModeLayer>
  );
}
