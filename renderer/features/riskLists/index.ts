/** Public entry of the risk-lists feature: its module for the shell. */
export { riskListsModule } from './module';
