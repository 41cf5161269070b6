import { describe, expect, it } from 'vitest';
import { actionsRoute, casesRoute, hashHref, requestsRoute } from './dashboardLinks';
import { dueActionFilters } from './dashboardFigures';

describe('the dashboard’s links', () => {
  it('filter the register by due date, status and partner', () => {
    expect(requestsRoute({ due: 'overdue' })).toBe('/requests?due=overdue');
    expect(requestsRoute({ status: 'sent', partner: 'US' })).toBe('/requests?status=sent&partner=US');
    expect(requestsRoute()).toBe('/requests');
  });

  it('filter the case list by status', () => {
    expect(casesRoute({ status: 'open' })).toBe('/cases?status=open');
  });

  it('speak the action tracker’s query contract', () => {
    expect(actionsRoute(dueActionFilters.overdue)).toBe('/actions?due=overdue');
    expect(actionsRoute(dueActionFilters.thisWeek)).toBe('/actions?status=open%2CinProgress&due=thisWeek');
    expect(actionsRoute({ ownerSides: ['counterpart'], statuses: ['open'] })).toBe('/actions?side=counterpart&status=open');
    expect(actionsRoute({ meetingId: null, due: { from: '2026-03-02', to: '2026-03-08' } })).toBe('/actions?due=2026-03-02..2026-03-08&meeting=none');
    expect(new URLSearchParams(actionsRoute(dueActionFilters.thisWeek).split('?')[1]).get('status')).toBe('open,inProgress');
  });

  it('carry the query in the hash, so it goes with the page it filters', () => {
    expect(hashHref(requestsRoute({ status: 'sent', partner: 'US' }))).toBe('#/requests?status=sent&partner=US');
  });
});
