import { useMemo, useState } from 'react';
import { readDeadlineRules, type DeadlineRules } from '../../deadlines';
import { useActionItems } from '../actionItems';
import { localToday, useRegister, type Register } from '../requests';
import {
  actionItemFiguresOf,
  activeActionItemsOf,
  loadCaseFigures,
  loadCasesPerMonth,
  loadMeetingBriefs,
  meetingFiguresOf,
  requestFiguresOf,
  type RequestFigures,
} from './dashboardData';
import { useKeptQuery } from './keptQueries';

// One live query per tile (or tiles reading the same rows), kept open from the first visit on
// (`useKeptQuery`), or the live reads the sidebar keeps from the unlock on (the register's
// requests, the action items); each `undefined` until it has answered, so a tile fills in as soon
// as its own data is there and never waits for another's.

/** Today, fixed while the page is open (the page is reopened every morning). */
export function useToday(): string {
  return useState(() => localToday())[0];
}

export function useCaseFigures() {
  return useKeptQuery('cases', '', loadCaseFigures);
}

export function useCasesPerMonth(today: string) {
  return useKeptQuery('casesPerMonth', today, (db) => loadCasesPerMonth(db, today));
}

/**
 * The request tiles' figures, from the register's live read (kept since the unlock) and the
 * deadline rules as stored (not the built-in ones shown before they are read, which could count
 * other dates as overdue for a moment).
 */
export function useRequestFigures(today: string) {
  const register = useRegister();
  const rules = useKeptQuery('deadlineRules', '', readDeadlineRules);
  return useMemo(() => (register && rules ? cachedRequestFigures(register, rules, today) : undefined), [register, rules, today]);
}

/** The figures last worked out from each read of the register: a visit with nothing changed does not redo 5,000 rows. */
const requestFiguresCache = new WeakMap<Register, { key: string; figures: RequestFigures }>();

function cachedRequestFigures(register: Register, rules: DeadlineRules, today: string): RequestFigures {
  const key = JSON.stringify([today, rules.rules, rules.holidays]);
  const cached = requestFiguresCache.get(register);
  if (cached?.key === key) return cached.figures;
  const figures = requestFiguresOf(register, rules, today);
  requestFiguresCache.set(register, { key, figures });
  return figures;
}

/**
 * Every live action item still to do (open or in progress), behind both due tiles and the chart,
 * from the tracker's live read of every item, which the sidebar's overdue count keeps from the
 * unlock on (reading and decrypting them again at each visit cost most of the first paint).
 */
export function useActiveActionItems() {
  const items = useActionItems();
  return useMemo(() => (items ? activeActionItemsOf(items) : undefined), [items]);
}

export function useActionItemFigures(active: ReturnType<typeof useActiveActionItems>, today: string) {
  return useMemo(() => (active ? actionItemFiguresOf(active, today) : undefined), [active, today]);
}

/** The next planned meeting and the ones that started last, as of the visit. */
export function useMeetingFigures() {
  const meetings = useKeptQuery('meetings', '', loadMeetingBriefs);
  const [now] = useState(() => Date.now());
  return useMemo(() => (meetings ? meetingFiguresOf(meetings, now) : undefined), [meetings, now]);
}
