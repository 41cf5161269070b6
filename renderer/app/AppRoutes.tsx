import { Redirect, Route, Switch } from 'wouter';
import { AuditPage } from '../features/audit';
import { CaseDetailPage, CaseEditPage, CaseListPage } from '../features/cases';
import { ConflictsPage } from '../features/conflicts';
import { SearchPage } from '../features/search';
import { SettingsPage } from '../features/settings';
import { NotFoundPage } from './NotFoundPage';

/** The hash routes. `/cases/new` precedes `/cases/:id` so "new" is never read as a case id. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/cases" replace />
      </Route>
      <Route path="/cases" component={CaseListPage} />
      <Route path="/cases/new" component={CaseEditPage} />
      <Route path="/cases/:id/edit" component={CaseEditPage} />
      <Route path="/cases/:id" component={CaseDetailPage} />
      <Route path="/conflicts" component={ConflictsPage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/audit" component={AuditPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
