/** Public entry of the requests feature: its module for the shell and the case page's section. */
export { requestsModule } from './module';
export { CaseRequests } from './CaseRequests';
// The register's rows and filter, so the dashboard counts exactly what the register shows.
export { dueSoonDays, emptyRegisterFilter, matchesFilter, toRegisterRow, type RegisterFilter, type RegisterRow } from './register/registerRows';
export { localToday } from './form/requestForm';
// The register's live read of every request and case, kept from the unlock on: the dashboard counts from it.
export { useRegister } from './data/registerFeed';
export type { Register } from './data/useRequests';
