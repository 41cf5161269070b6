// Probes the meetings bench installs in the app's page (page.addInitScript), beside the requests
// bench's keystroke probes (requestsProbes.ts): they time, inside the page, the dashboard until
// its tiles show real figures and a tracker filter until the filtered list shows. Serialised with
// Function.prototype.toString, so each must be self-contained (requestsProbes' nameShim supplies
// tsx's `__name`).

export interface DashboardPaint {
  /** Until the end of the first frame showing the dashboard's header and tile frames. */
  frameMs: number;
  /** Until the end of the first frame in which no tile is loading any more (every tile has its figures). */
  completeMs: number;
  /** The big figure each count tile showed then, by its test id (`dashboard-actions-overdue`: "1,036"). */
  counts: Record<string, string>;
  tiles: number;
  /** When each tile was first seen filled (at the frame's rAF, so up to a frame before it painted), by test id. */
  tileMs: Record<string, number>;
}

export interface MeetingsProbes {
  /** Sets `location.hash` (to the dashboard's route) and times it until painted, see DashboardPaint. */
  dashboardToPaint(hash: string): Promise<DashboardPaint>;
  /**
   * Resolves at the end of the first frame showing the dashboard complete, however it got there
   * (the unlock): the ms since the `attache:unlocked` mark (null without it), and its counts.
   */
  dashboardComplete(timeoutMs: number): Promise<{ sinceUnlockMs: number | null; counts: Record<string, string> } | null>;
  /**
   * Arms a change: the next click's release (pointerup; its pointerdown if the change came before
   * the release) or keydown, seen by capturing listeners on window before the app's own handlers,
   * starts the clock, which stops at the end of the first frame in which the text or
   * `aria-rowcount` of any of `selectors` differs from what they held when armed.
   */
  armChange(selectors: string[]): void;
  /** The armed change's ms from input to painted, or null if nothing changed within `timeoutMs` of this call. */
  changed(timeoutMs: number): Promise<number | null>;
}

declare global {
  interface Window {
    attacheMeetingsProbes: MeetingsProbes;
  }
}

/**
 * "Painted", as in requestsProbes: a check made in a `requestAnimationFrame` callback sees the DOM
 * that frame is about to show; a MessageChannel message posted from that callback is delivered as
 * the next task, after the frame has been produced. So a condition first true in the rAF of frame N
 * is timed to the end of frame N (not of frame N+1, as a fresh rAF would).
 */
export function installMeetingsProbes(): void {
  const endOfFrame = (done: () => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  };
  const dashboard = () => document.querySelector('[data-testid="dashboard"]');
  const complete = (d: Element | null) => d !== null && d.querySelector('[data-testid^="dashboard-"]') !== null && d.querySelector('[aria-busy="true"]') === null;
  const countsOf = (d: Element | null) => {
    const counts: Record<string, string> = {};
    for (const tile of d?.querySelectorAll('[data-testid^="dashboard-"]') ?? []) {
      const value = tile.querySelector('.dashboard-count-value')?.textContent;
      if (value) counts[tile.getAttribute('data-testid')!] = value;
    }
    return counts;
  };
  const signature = (selectors: readonly string[]) =>
    selectors
      .map((s) => {
        const el = document.querySelector(s);
        return el ? `${el.textContent ?? ''}|${el.getAttribute('aria-rowcount') ?? ''}` : '∅';
      })
      .join('§');

  let armed: { selectors: string[]; before: string; downAt: number | null; started: number | null; result: Promise<number | null>; resolve: (ms: number | null) => void } | null = null;
  const start = (change: NonNullable<typeof armed>, started: number) => {
    change.started = started;
    const poll = () => {
      if (armed !== change) return;
      if (signature(change.selectors) !== change.before) endOfFrame(() => change.resolve(performance.now() - started));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
  // A click counts from its release (pointerup, followed by click in the same task), when a button
  // or an option acts; from its press if the list had already changed by then (a control acting on
  // press). A key counts from its keydown.
  addEventListener(
    'pointerdown',
    () => {
      if (armed && armed.started === null) armed.downAt ??= performance.now();
    },
    true,
  );
  addEventListener(
    'pointerup',
    () => {
      const change = armed;
      if (!change || change.started !== null) return;
      const now = performance.now();
      start(change, signature(change.selectors) !== change.before && change.downAt !== null ? change.downAt : now);
    },
    true,
  );
  addEventListener(
    'keydown',
    () => {
      if (armed && armed.started === null) start(armed, performance.now());
    },
    true,
  );

  window.attacheMeetingsProbes = {
    dashboardToPaint: (hash) =>
      new Promise((resolve) => {
        const started = performance.now();
        let frameMs: number | null = null;
        location.hash = hash;
        const tileMs: Record<string, number> = {};
        const poll = () => {
          const d = dashboard();
          for (const tile of d?.querySelectorAll('[data-testid^="dashboard-"][aria-busy="false"]') ?? []) tileMs[tile.getAttribute('data-testid')!] ??= Math.round(performance.now() - started);
          if (d && frameMs === null) {
            frameMs = -1;
            endOfFrame(() => (frameMs = performance.now() - started));
          }
          if (complete(d)) {
            const counts = countsOf(d);
            const tiles = d!.querySelectorAll('[data-testid^="dashboard-"]').length;
            endOfFrame(() => resolve({ frameMs: frameMs ?? 0, completeMs: performance.now() - started, counts, tiles, tileMs }));
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    dashboardComplete: (timeoutMs) =>
      new Promise((resolve) => {
        const started = performance.now();
        const poll = () => {
          const d = dashboard();
          if (complete(d)) {
            const counts = countsOf(d);
            endOfFrame(() => {
              const unlocked = performance.getEntriesByName('attache:unlocked')[0]?.startTime;
              resolve({ sinceUnlockMs: unlocked === undefined ? null : performance.now() - unlocked, counts });
            });
          } else if (performance.now() - started > timeoutMs) resolve(null);
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    armChange: (selectors) => {
      let resolve: (ms: number | null) => void = () => undefined;
      const result = new Promise<number | null>((r) => (resolve = r));
      armed = { selectors, before: signature(selectors), downAt: null, started: null, result, resolve };
    },
    changed: (timeoutMs) => {
      const change = armed;
      if (!change) return Promise.resolve(null);
      const timer = setTimeout(() => change.resolve(null), timeoutMs);
      return change.result.then((ms) => {
        clearTimeout(timer);
        if (armed === change) armed = null;
        return ms;
      });
    },
  };
}
