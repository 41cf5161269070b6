import { Redirect, Route, Switch } from 'wouter';
import { featureModules } from './features';
import { NotFoundPage } from './NotFoundPage';

const routes = featureModules.flatMap((m) => m.routes ?? []);

/** The hash routes every feature module hands the shell, in the modules' order. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/cases" replace />
      </Route>
      {routes.map(({ path, component }) => (
        <Route key={path} path={path} component={component} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
