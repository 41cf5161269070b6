/** Public entry of the requests feature: its module for the shell and the case page's section. */
export { requestsModule } from './module';
export { CaseRequests } from './CaseRequests';
