export { App } from './App';
export { featureModules } from './features';
