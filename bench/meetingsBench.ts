// The meetings benchmarks (issue 14): typing into meeting mode's capture box with 200 notes on
// screen, the dashboard's first paint over 50,000 cases, 5,000 requests and 10,000 action items,
// and the action tracker's filters at 10,000 action items. As the requests bench does, the bench
// page writes the records into the app's own encrypted profile; the real app is then unlocked in
// headless Chromium and measured from inside the page (requestsProbes.ts, meetingsProbes.ts).
import type { Browser, Locator, Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBenchBrowser } from './browser';
import { installMeetingsProbes, type DashboardPaint } from './meetingsProbes';
import type { MeetingsProfile, MeetingsSizes } from './page/meetings';
import { installProbes, nameShim } from './requestsProbes';
import { startStaticServer } from './staticServer';
import { countLabel, type BenchEntry } from './sync/entry';
import { median, quantile, round } from './sync/stats';

const actionItemCount = Number(process.env.BENCH_ACTION_ITEMS ?? 10_000);
const sizes: MeetingsSizes = {
  cases: Number(process.env.BENCH_MEETING_CASES ?? 50_000),
  requests: Number(process.env.BENCH_MEETING_REQUESTS ?? 5_000),
  // An office's meetings raise some ten action items each.
  meetings: Number(process.env.BENCH_MEETINGS ?? Math.max(1, Math.round(actionItemCount / 10))),
  actionItems: actionItemCount,
  notes: Number(process.env.BENCH_MEETING_NOTES ?? 200),
};
const rounds = Number(process.env.BENCH_MEETING_ROUNDS ?? 7);
/** The profile of the typing measured at an unlimited frame rate: small, but the same large meeting. */
const typingSizes: MeetingsSizes = { cases: 20, requests: 20, meetings: 10, actionItems: 100, notes: sizes.notes };

export const meetingsBenchSizes = {
  meetingCases: sizes.cases,
  meetingRequests: sizes.requests,
  meetings: sizes.meetings,
  actionItems: sizes.actionItems,
  meetingNotes: sizes.notes,
  meetingRounds: rounds,
};
/** Meetings entries' names start with `meetings:`, so a meetings-only run replaces just those. */
export const isMeetingsEntry = (entry: BenchEntry) => entry.name.startsWith('meetings:');

declare global {
  interface Window {
    attacheMeetingsBench: { writeMeetings(dbName: string, sizes: MeetingsSizes): Promise<MeetingsProfile> };
  }
}

const outDir = (path: string) => fileURLToPath(new URL(`../out/${path}`, import.meta.url));
const log = (line: string) => process.stdout.write(`  ${line}\n`);
const benchPassphrase = 'bench ngựa vằn Geneva tàu hoả 47';
const goHash = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);
const quiet = (page: Page) => page.evaluate(() => window.attacheProbes.quiet(2_000, 60_000));

// Notes as a delegation member types them, each ended by Enter (which saves it, clears the box and
// brings the new line into the list above). Plain keys only: Playwright inserts a character it has
// no key for as text, with no keydown to time; Telex sends these same letter keys.
const typedNotes = [
  'CBP asked for the production records of the three plywood exporters by the end of June.',
  'The Vietnamese side will share the list of exporters registered since January 2025.',
  'Both sides noted the rise in imports of steel wire through the port of Cat Lai.',
  'Next session proposed for October in Washington, dates to be confirmed by email.',
];

const contextFor = async (browser: Browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: `${nameShim}\n(${installProbes.toString()})();\n(${installMeetingsProbes.toString()})();` });
  return context;
};

/**
 * A profile of `profileSizes` in the app's own workspace, then the app unlocked at the dashboard
 * (`/`, where it opens): `afterUnlock` is the dashboard's first paint as the officer meets it in
 * the morning, from the data key unlocked (`attache:unlocked`) to every tile filled in. Waits for
 * the first unlock's background indexing of every record for search to finish.
 */
async function openApp(browser: Browser, origin: string, profileSizes: MeetingsSizes) {
  const context = await contextFor(browser);
  const page = await context.newPage();
  await page.goto(`${origin}/bench/`);
  await page.getByText('ready').waitFor();
  await page.evaluate((p) => window.attacheBench.setUpProfile(p), benchPassphrase);
  const profile = await page.evaluate((s) => window.attacheMeetingsBench.writeMeetings('attache-ws-local', s), profileSizes);
  log(`wrote ${Object.entries(profile.written).map(([table, n]) => `${n} ${table}`).join(', ')} in ${round(profile.writeMs)} ms`);
  await page.goto(`${origin}/#/`);
  const screen = page.getByTestId('unlock-screen');
  await screen.getByLabel(/^Passphrase/).fill(benchPassphrase);
  const afterUnlock = page.evaluate(() => window.attacheMeetingsProbes.dashboardComplete(180_000));
  await screen.getByRole('button', { name: 'Unlock' }).click();
  const unlocked = await afterUnlock;
  log(`dashboard complete ${unlocked?.sinceUnlockMs === null || !unlocked ? '?' : round(unlocked.sinceUnlockMs)} ms after the unlock`);
  // The first unlock indexes every record for search in the background; measure after it.
  await page.waitForFunction(() => performance.getEntriesByName('attache:search-saved').length > 0, null, { timeout: 300_000 }).catch(() => undefined);
  return { context, page, profile, afterUnlock: unlocked };
}

/**
 * The dashboard opened from the meetings list, each visit once the app has been quiet (no long
 * task) for 2 s, as the requests bench opens its register.
 */
async function dashboardVisits(page: Page): Promise<{ visits: DashboardPaint[]; quiet: boolean[] }> {
  const visits: DashboardPaint[] = [];
  const quietRounds: boolean[] = [];
  for (let i = 0; i < rounds; i++) {
    await goHash(page, '#/meetings');
    await page.locator('[data-testid="dashboard"]').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    quietRounds.push(await quiet(page));
    visits.push(await page.evaluate((h) => window.attacheMeetingsProbes.dashboardToPaint(h), '#/'));
    log(`dashboard round ${i + 1}/${rounds}: frame ${round(visits[i]!.frameMs)} ms, every tile filled ${round(visits[i]!.completeMs)} ms${quietRounds[i] ? '' : ' (app never quiet)'} ${JSON.stringify(visits[i]!.tileMs)}`);
  }
  return { visits, quiet: quietRounds };
}

/**
 * Types each of `lines` at the end of `field`, one key every 25 ms, each followed by `then` (Enter)
 * if given, all in one go; the durations of its keystrokes, in the order typed.
 */
async function typeInto(page: Page, field: Locator, lines: readonly string[], then?: string): Promise<number[]> {
  await field.focus();
  await field.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  await page.evaluate(() => window.attacheProbes.startKeystrokes());
  for (const line of lines) {
    await page.keyboard.type(line, { delay: 25 });
    if (then) {
      await page.keyboard.press(then);
      await page.waitForTimeout(25);
    }
  }
  return page.evaluate(() => window.attacheProbes.stopKeystrokes());
}

/** The keys of `typedNotes` typed with Enter: which samples are the Enters, which the five keys after each. */
function splitNoteKeys(samples: readonly number[]) {
  const enter: number[] = [];
  const afterEnter: number[] = [];
  let at = 0;
  for (const [i, note] of typedNotes.entries()) {
    if (i > 0) afterEnter.push(...samples.slice(at, at + 5));
    at += note.length;
    if (samples[at] !== undefined) enter.push(samples[at]!);
    at += 1;
  }
  return { enter, afterEnter };
}

/** The same keys typed into a bare textarea on an empty page: what any page costs in this browser. */
async function bareTextarea(browser: Browser): Promise<number[]> {
  const context = await contextFor(browser);
  const page = await context.newPage();
  await page.goto('data:text/html,<textarea aria-label="Bare"></textarea>');
  const typed = await typeInto(page, page.getByRole('textbox'), typedNotes, 'Enter');
  await context.close();
  return typed;
}

interface MeetingTyping {
  /** Every keystroke, in order. */
  all: number[];
  /** The Enter keys (each saves a note) and the five keys typed after each, while it is written and read back. */
  enter: number[];
  afterEnter: number[];
  notesBefore: number;
  notesAfter: number;
}

/**
 * Types the notes into the capture box of the large meeting, each saved with Enter; the list above
 * shows every one of the meeting's notes (all under the agenda item meeting mode opens on).
 */
async function meetingTyping(page: Page, meetingId: string): Promise<MeetingTyping> {
  await goHash(page, `#/meetings/${meetingId}/capture`);
  const box = page.getByTestId('capture-box');
  await box.waitFor({ timeout: 60_000 });
  const lines = page.locator('.captured-lines > li');
  await page.waitForFunction((n) => document.querySelectorAll('.captured-lines > li').length >= n, sizes.notes, { timeout: 60_000 });
  const notesBefore = await lines.count();
  await quiet(page);
  const all = await typeInto(page, box, typedNotes, 'Enter');
  const out: MeetingTyping = { all, ...splitNoteKeys(all), notesBefore, notesAfter: 0 };
  await page.waitForFunction((n) => document.querySelectorAll('.captured-lines > li').length >= n, notesBefore + typedNotes.length, { timeout: 30_000 }).catch(() => undefined);
  out.notesAfter = await lines.count();
  log(`meeting mode typing: p95 ${round(quantile(out.all, 0.95), 2)} ms over ${out.all.length} keys; lines ${notesBefore} → ${out.notesAfter}`);
  return out;
}

/**
 * Typing again, in a browser that paints as soon as the page is done (`unlimitedFrameRate`), as
 * the requests bench does: the page's own keystroke-to-paint, without the wait for the next 60 Hz
 * refresh (0 to 16.7 ms whatever the page does). Its profile is small but holds the same meeting.
 */
async function typingUnlimited(origin: string) {
  const browser = await launchBenchBrowser({ unlimitedFrameRate: true });
  try {
    const { context, page, profile } = await openApp(browser, origin, typingSizes);
    const typed = await meetingTyping(page, profile.meetingId);
    await context.close();
    return { typed, bare: await bareTextarea(browser) };
  } finally {
    await browser.close();
  }
}

// The count under the filters ("223 of 1,010 action items"; the export's status is another).
const trackerCount = '.action-tracker-page .action-filters + p[role="status"]';
const trackerWatch = [trackerCount, '.action-tracker-page [role="grid"]'];

/** The owner (with its side: "Our side — …") and the status of the grid's rendered rows, found by their column headers. */
const renderedRows = (page: Page) =>
  page.evaluate(() => {
    const grid = document.querySelector('.action-tracker-page [role="grid"]');
    const headers = [...(grid?.querySelectorAll('[role="columnheader"]') ?? [])].map((h) => h.textContent?.trim() ?? '');
    const owner = headers.indexOf('Owner');
    const status = headers.indexOf('Status');
    return [...(grid?.querySelectorAll('[role="row"][data-index]') ?? [])].map((row) => {
      const cells = row.querySelectorAll('[role="gridcell"]');
      return { owner: cells[owner]?.textContent?.trim() ?? '', status: cells[status]?.textContent?.trim() ?? '' };
    });
  });

/** Arms the change probe, runs `act` (the officer's click), and returns the ms to the filtered list painted. */
async function timedChange(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate((s) => window.attacheMeetingsProbes.armChange(s), trackerWatch);
  await act();
  const ms = await page.evaluate(() => window.attacheMeetingsProbes.changed(10_000));
  if (ms === null) throw new Error('the tracker did not change within 10 s of the filter change');
  return ms;
}

interface TrackerFilters {
  status: number[];
  side: number[];
  owner: number[];
  /** Whether every rendered row matched the filter just set (checked after each timing). */
  verified: boolean;
  /** The most rows the grid had in the DOM after a change (a virtualised grid: those in view). */
  renderedRows: number;
  counts: Record<string, string>;
}

/**
 * The tracker (`/actions`, open and in progress by default), each round: the "Done" status toggled
 * on and off (a click); the owner side set to "Our side" and back to "Any" (a click on the option
 * of its open list: opening the list is not timed); "phong kiem tra" typed into the owner search
 * and cleared (each keystroke timed).
 */
async function trackerFilters(page: Page): Promise<TrackerFilters> {
  await goHash(page, '#/actions');
  const main = page.getByRole('main');
  await main.locator('[role="grid"] [role="row"][data-index="0"]').waitFor({ timeout: 60_000 });
  const out: TrackerFilters = { status: [], side: [], owner: [], verified: true, renderedRows: 0, counts: {} };
  const countText = () => page.locator(trackerCount).innerText();
  out.counts.default = await countText();
  const done = main.getByRole('button', { name: 'Done', exact: true });
  // A select's trigger is named by its value, then its label ("Any Owner side").
  const side = main.getByRole('button', { name: /Owner side/ });
  const owner = main.getByRole('searchbox', { name: 'Owner' });
  const check = async (ok: (row: { owner: string; status: string }) => boolean, what: string) => {
    const rows = await renderedRows(page);
    out.renderedRows = Math.max(out.renderedRows, rows.length);
    if (rows.length === 0 || !rows.every(ok)) {
      out.verified = false;
      log(`tracker: rows not as filtered after ${what}: ${JSON.stringify(rows.slice(0, 3))}`);
    }
  };
  for (let i = 0; i < rounds; i++) {
    await quiet(page);
    out.status.push(await timedChange(page, () => done.click()));
    out.counts.withDone = await countText();
    await check((r) => ['Open', 'In progress', 'Done'].includes(r.status), 'Done on');
    out.status.push(await timedChange(page, () => done.click()));
    await check((r) => ['Open', 'In progress'].includes(r.status), 'Done off');

    await side.click();
    await page.getByRole('option', { name: 'Our side', exact: true }).waitFor();
    out.side.push(await timedChange(page, () => page.getByRole('option', { name: 'Our side', exact: true }).click()));
    out.counts.ourSide = await countText();
    await check((r) => r.owner.startsWith('Our side'), 'Our side');
    await side.click();
    await page.getByRole('option', { name: 'Any', exact: true }).waitFor();
    out.side.push(await timedChange(page, () => page.getByRole('option', { name: 'Any', exact: true }).click()));

    out.owner.push(...(await typeInto(page, owner, ['phong kiem tra'])));
    out.counts.owner = await countText();
    await check((r) => r.owner.endsWith('Phòng Kiểm tra sau thông quan'), 'the owner search');
    await owner.focus();
    await page.evaluate(() => window.attacheProbes.startKeystrokes());
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    out.owner.push(...(await page.evaluate(() => window.attacheProbes.stopKeystrokes())));
    await page.waitForFunction(([s, before]) => document.querySelector(s)?.textContent === before, [trackerCount, out.counts.default] as const);
    log(`tracker round ${i + 1}/${rounds}: status ${out.status.slice(-2).map((v) => round(v)).join(', ')} ms; side ${out.side.slice(-2).map((v) => round(v)).join(', ')} ms; owner typing p95 ${round(quantile(out.owner, 0.95))} ms`);
  }
  return out;
}

const figures = (samples: number[], digits = 2) => ({
  p50Ms: round(quantile(samples, 0.5), digits),
  p95Ms: round(quantile(samples, 0.95), digits),
  maxMs: round(Math.max(...samples), digits),
  count: samples.length,
});

export async function runMeetingsBenchmarks(browser: Browser): Promise<BenchEntry[]> {
  const { server, origin } = await startStaticServer([
    { prefix: '/bench/', dir: outDir('bench') },
    { prefix: '/', dir: outDir('renderer') },
  ]);
  // The machine's 1-minute load average around the run: the bench shares it with whatever else runs.
  const loadBefore = round(loadavg()[0]!, 2);
  try {
    const { context, page, profile, afterUnlock } = await openApp(browser, origin, sizes);
    const dashboard = await dashboardVisits(page);
    const tracker = await trackerFilters(page);
    const typed60Hz = await meetingTyping(page, profile.meetingId);
    await context.close();
    const bare60Hz = await bareTextarea(browser);
    const { typed, bare } = await typingUnlimited(origin);

    const complete = dashboard.visits.map((v) => v.completeMs);
    const frames = dashboard.visits.map((v) => v.frameMs);
    const filterChanges = [...tracker.status, ...tracker.side];
    const allFilter = [...filterChanges, ...tracker.owner];
    const items = countLabel(sizes.actionItems);
    const loadAverage = { before: loadBefore, after: round(loadavg()[0]!, 2) };
    return [
      {
        name: `meetings: typing into meeting mode's capture box with ${sizes.notes} notes on screen, keystroke to paint`,
        ...figures(typed.all),
        target: '< 16 (p95)',
        met: quantile(typed.all, 0.95) < 16,
        loadAverage,
        enterKeys: figures(typed.enter),
        fiveKeysAfterEachEnter: figures(typed.afterEnter),
        linesShown: { before: typed.notesBefore, after: typed.notesAfter },
        bareTextarea: figures(bare),
        at60Hz: { ...figures(typed60Hz.all), enterKeys: figures(typed60Hz.enter), linesShown: { before: typed60Hz.notesBefore, after: typed60Hz.notesAfter }, bareTextarea: figures(bare60Hz) },
        notes: `${typedNotes.length} notes (${typedNotes.join('').length} characters) typed by page.keyboard.type (25 ms apart) into the capture box (data-testid capture-box) of /meetings/:id/capture, each saved with Enter, on a meeting whose ${sizes.notes} notes are all under the agenda item meeting mode opens on, so all are on screen (linesShown: the list's lines before and after); each keystroke timed in the page as in the requests bench (a capturing keydown listener on window, then requestAnimationFrame posts a MessageChannel message, whose arrival marks the end of the frame that painted it). enterKeys: the Enter keys (save, clear the box); fiveKeysAfterEachEnter: the first keys of the next note, typed while the saved note is written and read back into the list. The figures are from Chromium run with --disable-gpu-vsync --disable-frame-rate-limit (the page's own latency), with a small profile (${typingSizes.cases} cases, ${typingSizes.actionItems} action items) but the same meeting; at60Hz: the same typing in the full profile of the other entries, in the default browser, where each keystroke also waits for the next 60 Hz refresh (see its bareTextarea, the same keys into an empty page's textarea)`,
      },
      {
        name: `meetings: dashboard first paint with ${countLabel(sizes.cases)} cases, ${countLabel(sizes.requests)} requests and ${items} action items`,
        ms: round(median(complete)),
        target: '< 300',
        met: median(complete) < 300,
        loadAverage,
        samplesMs: complete.map((v) => round(v)),
        maxMs: round(Math.max(...complete)),
        roundsOver300Ms: complete.filter((v) => v >= 300).length,
        frameMs: round(median(frames)),
        afterUnlockMs: afterUnlock?.sinceUnlockMs == null ? null : round(afterUnlock.sinceUnlockMs),
        counts: dashboard.visits[dashboard.visits.length - 1]?.counts ?? {},
        tilesFilledMs: [...dashboard.visits].sort((a, b) => a.completeMs - b.completeMs)[Math.floor(dashboard.visits.length / 2)]?.tileMs ?? {},
        tiles: dashboard.visits[0]?.tiles ?? 0,
        roundsQuiet: dashboard.quiet.filter(Boolean).length,
        written: profile.written,
        notes: `"First paint" is the dashboard with its figures, not its empty frames: median of ${rounds} visits, each from the meetings list (#/meetings) once the app has run no long task for 2 s (roundsQuiet: how many got that within 60 s), from setting location.hash = '#/' to the end of the first frame in which no tile of [data-testid=dashboard] is aria-busy any more, i.e. every tile shows its real counts, lists and charts (counts: the big figures then shown, by tile); checked in requestAnimationFrame, painted = a MessageChannel message posted from that rAF. frameMs: median until the frame showing the header and the tiles' frames (still loading). tilesFilledMs: in the median visit, when each tile was first seen filled. afterUnlockMs: the first dashboard of the session, as the app opens on it: from the data key unlocked (attache:unlocked) to every tile filled, while the app also starts its other reads after the unlock; not the target's figure, reported beside it`,
      },
      {
        name: `meetings: action tracker filter at ${items} action items, change to filtered list painted`,
        ...figures(allFilter, 1),
        target: '< 50 (p95)',
        met: quantile(allFilter, 0.95) < 50,
        loadAverage,
        byFilter: { status: figures(tracker.status, 1), ownerSide: figures(tracker.side, 1), ownerTyping: figures(tracker.owner, 1) },
        verified: tracker.verified,
        renderedRows: tracker.renderedRows,
        counts: tracker.counts,
        notes: `${rounds} rounds on /actions (open and in progress, the default), each once the app has been quiet for 2 s: the "Done" status toggle clicked on and off; the owner side select set to "Our side" and back to "Any" (a click on the option of the open list; opening it is not timed); "phong kiem tra" typed into the owner search (25 ms apart) and cleared (Ctrl+A, Backspace). A click is timed from its release (pointerup, seen by a capturing listener on window; from its pointerdown had the list changed by then) to the end of the first frame in which the tracker's count ("N of M action items") or its grid (text, aria-rowcount) differs, checked in requestAnimationFrame; a key from its keydown to the end of the frame that painted it (the filter runs in the input's own event, so that frame holds the filtered list). verified: after each change every rendered row matched the filter (status, side, owner); renderedRows: the most grid rows in the DOM after a change; counts: the tracker's count after each filter. In the default browser (60 Hz): the figures include the wait for the next refresh`,
      },
    ];
  } finally {
    server.close();
  }
}
