import { renderToString } from 'react-dom/server';
import { Route, Router, Switch } from 'wouter';
import { describe, expect, it } from 'vitest';
import { dashboardModule } from './module';

/** What the shell's switch renders at `path` with the dashboard's route before the others. */
function rendered(path: string): string {
  const [route] = dashboardModule.routes ?? [];
  return renderToString(
    <Router ssrPath={path}>
      <Switch>
        <Route path={route!.path}>home</Route>
        <Route path="/cases">cases</Route>
        <Route>not found</Route>
      </Switch>
    </Router>,
  );
}

describe('the dashboard module', () => {
  it('is the home route, matched whole: `/` and nothing under it', () => {
    expect(dashboardModule.routes?.map((r) => r.path)).toEqual(['/']);
    expect(rendered('/')).toBe('home');
    expect(rendered('/cases')).toBe('cases');
    expect(rendered('/requests')).toBe('not found');
    expect(rendered('/meetings/0190')).toBe('not found');
  });

  it('comes first in the sidebar as Home', () => {
    expect(dashboardModule.nav).toMatchObject({ href: '/', labelKey: 'dashboard.nav.label', order: 5 });
  });
});
