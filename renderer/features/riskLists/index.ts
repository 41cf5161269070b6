/** Public entry of the risk-lists feature: its module for the shell and the case page's screening section. */
export { riskListsModule } from './module';
export { CaseScreening } from './screening/CaseScreening';
