/** Public entry of the dashboard: its module for the shell. */
export { dashboardModule } from './module';
