/** Public entry of the requests feature: its module for the shell and the case page's section. */
export { requestsModule } from './module';
export { CaseRequests } from './CaseRequests';
// The register's rows and filter, so the dashboard counts exactly what the register shows.
export { dueSoonDays, emptyRegisterFilter, matchesFilter, toRegisterRow, type RegisterFilter, type RegisterRow } from './register/registerRows';
export { localToday } from './form/requestForm';
