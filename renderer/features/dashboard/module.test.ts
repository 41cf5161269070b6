import { parse } from 'regexparam';
import { matchRoute } from 'wouter';
import { describe, expect, it } from 'vitest';
import { dashboardModule } from './module';

describe('the dashboard module', () => {
  it('is the home route, matched whole: `/` and nothing under it', () => {
    const [route] = dashboardModule.routes ?? [];
    expect(route?.path).toBe('/');
    const matches = (path: string) => matchRoute(parse, route!.path, path)[0];
    expect(matches('/')).toBe(true);
    for (const other of ['/cases', '/requests', '/actions', '/meetings/0190', '/unknown']) expect(matches(other), other).toBe(false);
  });

  it('comes first in the sidebar as Home', () => {
    expect(dashboardModule.nav).toMatchObject({ href: '/', labelKey: 'dashboard.nav.label', order: 5 });
  });
});
