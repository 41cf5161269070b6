/** Public entry of the cases feature: its module for the shell, its pages and its translations. */
export { casesModule, caseSearchId } from './module';
export { CaseListPage } from './CaseListPage';
export { CaseDetailPage } from './CaseDetailPage';
export { CaseEditPage } from './CaseEditPage';
export { useCasesStore } from './casesStore';
export { casesLocales } from './casesLocales';
