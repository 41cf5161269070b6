import { Route, Switch } from 'wouter';
import { featureModules } from './features';
import { NotFoundPage } from './NotFoundPage';

const routes = featureModules.flatMap((m) => m.routes ?? []);

/**
 * The hash routes every feature module hands the shell, in the modules' order; `/` is the
 * dashboard's. Wouter matches a route's whole path (not a prefix) unless it is nested, so `/`
 * is the home screen only and never swallows `/cases` and the others.
 */
export function AppRoutes() {
  return (
    <Switch>
      {routes.map(({ path, component }) => (
        <Route key={path} path={path} component={component} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
