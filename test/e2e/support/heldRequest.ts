// A request to the sync server caught in flight, so a spec can reload or close the page at that
// exact moment (clientCrash.spec.ts): the app has sent it and waits for the answer, which never
// comes. Either the server never sees it (a request lost on the way) or it has already acted on
// it and only its answer is lost (the laptop closed just as the server replied). Held on the
// browser context, so a new page of the same profile is not caught by a hold of the old one.
import type { BrowserContext, Request, Route } from '@playwright/test';

export interface HeldRequest {
  /** Resolves with the request once it is held (and, with `reachServer`, once the server answered it). */
  reached: Promise<Request>;
  /** Stops holding: the held request is dropped (its page is usually gone by then); later ones pass. */
  release(): Promise<void>;
}

export interface HoldOptions {
  /** Only requests of this method (e.g. the PUT of a blob, not its GET). */
  method?: string;
  /** Whether the server receives and answers the request first (only the answer is lost). */
  reachServer: boolean;
  /** How many matching requests pass untouched before the one held (default 0). */
  after?: number;
}

/** Holds the next request to `url` (a glob, as for `context.route`), or the one after `after` others; every later one passes. */
export async function holdNextRequest(context: BrowserContext, url: string, options: HoldOptions): Promise<HeldRequest> {
  let reached: (request: Request) => void = () => undefined;
  const reachedPromise = new Promise<Request>((resolve) => (reached = resolve));
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  const handler = async (route: Route) => {
    if (options.method !== undefined && route.request().method() !== options.method) {
      await route.fallback();
      return;
    }
    seen += 1;
    if (seen !== (options.after ?? 0) + 1) {
      await route.fallback();
      return;
    }
    // The server applies it and answers; the answer is kept from the page, as a closed lid would.
    if (options.reachServer) await route.fetch({ timeout: 30_000 });
    reached(route.request());
    await released;
    await route.abort('connectionreset').catch(() => undefined);
  };
  await context.route(url, handler);
  return {
    reached: reachedPromise,
    async release() {
      await context.unroute(url, handler);
      release();
    },
  };
}
