// Probes the requests bench installs in the app's page (page.addInitScript): they time, inside the
// page, what an officer sees. Serialised with Function.prototype.toString, so each must be
// self-contained; tsx wraps named inner functions in `__name(…)`, which the shim below supplies.

/** Defines `__name` (tsx's keep-names helper) as a no-op in the page, so serialised code runs. */
export const nameShim = 'globalThis.__name ??= (fn) => fn;';

export interface RequestsProbes {
  /** Sets `location.hash` and resolves with the ms until `selector` is in the DOM and painted. */
  timeToPaint(hash: string, selector: string): Promise<number>;
  /** Starts timing keystrokes: each keydown until the end of the frame that painted it. */
  startKeystrokes(): void;
  /** Resolves once no long task (> 50 ms) has run for `quietMs`, or after `timeoutMs`: whether it got quiet. */
  quiet(quietMs: number, timeoutMs: number): Promise<boolean>;
  /** Stops timing keystrokes and hands back their durations (ms), once every pending frame is done. */
  stopKeystrokes(): Promise<number[]>;
}

declare global {
  interface Window {
    attacheProbes: RequestsProbes;
  }
}

/**
 * "Painted": `requestAnimationFrame` runs just before the frame's style, layout and paint; a
 * MessageChannel message posted from it is delivered as the next task, after that frame has been
 * produced. So rAF + message marks the end of the frame that shows what the DOM held at rAF time.
 */
export function installProbes(): void {
  const afterPaint = (done: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  let samples: number[] | null = null;
  let pending = 0;
  addEventListener(
    'keydown',
    () => {
      if (!samples) return;
      const started = performance.now();
      const into = samples;
      pending++;
      afterPaint(() => {
        into.push(performance.now() - started);
        pending--;
      });
    },
    true, // capturing, on window: before the app's own handlers run
  );
  // Long tasks since the page loaded: the app's background work (indexing, catching up) shows here.
  let lastLongTask = performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lastLongTask = Math.max(lastLongTask, entry.startTime + entry.duration);
  }).observe({ type: 'longtask' });
  window.attacheProbes = {
    quiet: (quietMs, timeoutMs) =>
      new Promise((resolve) => {
        const started = performance.now();
        const check = () => {
          const now = performance.now();
          if (now - lastLongTask >= quietMs) resolve(true);
          else if (now - started >= timeoutMs) resolve(false);
          else setTimeout(check, 100);
        };
        check();
      }),
    timeToPaint: (hash, selector) =>
      new Promise((resolve) => {
        const started = performance.now();
        location.hash = hash;
        const poll = () => (document.querySelector(selector) ? afterPaint(() => resolve(performance.now() - started)) : requestAnimationFrame(poll));
        requestAnimationFrame(poll);
      }),
    startKeystrokes: () => {
      samples = [];
    },
    stopKeystrokes: () =>
      new Promise((resolve) => {
        const taken = samples ?? [];
        samples = null;
        const wait = () => (pending > 0 ? setTimeout(wait, 20) : resolve(taken));
        wait();
      }),
  };
}
