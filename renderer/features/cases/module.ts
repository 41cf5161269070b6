import { altKey, focusWhenRendered, plainKey, type FeatureModule } from '../../shell';
import { CaseDetailPage } from './CaseDetailPage';
import { CaseEditPage } from './CaseEditPage';
import { CaseListPage } from './CaseListPage';
import { casesLocales } from './casesLocales';
import { CaseDossierPage } from './dossier/CaseDossierPage';
import { caseDossierLocales } from './dossier/locales';

/** The id of the case list's search box, which `/` focuses. */
export const caseSearchId = 'case-search';

/** The cases feature as the shell sees it. `/cases/new` precedes `/cases/:id` so "new" is never an id. */
export const casesModule: FeatureModule = {
  id: 'cases',
  locales: [casesLocales, caseDossierLocales],
  routes: [
    { path: '/cases', component: CaseListPage },
    { path: '/cases/new', component: CaseEditPage },
    { path: '/cases/:id/edit', component: CaseEditPage },
    { path: '/cases/:id/dossier', component: CaseDossierPage },
    { path: '/cases/:id', component: CaseDetailPage },
  ],
  nav: { href: '/cases', labelKey: 'common.nav.cases', order: 10 },
  commands: [
    {
      id: 'newCase',
      run: ({ navigate }) => navigate('/cases/new'),
      // Alt+N also while typing: it is a chord, and a new case is what an attaché asks for mid-note.
      shortcut: { keys: ['common.shortcuts.keyAlt', 'N'], labelKey: 'common.shortcuts.newCase', matches: altKey('N'), whileTyping: true },
    },
    { id: 'goToCases', run: ({ navigate }) => navigate('/cases') },
    {
      id: 'focusSearch',
      run: ({ location, navigate }) => {
        if (location !== '/cases') navigate('/cases');
        focusWhenRendered(caseSearchId);
      },
      shortcut: { keys: ['/'], labelKey: 'common.shortcuts.focusSearch', matches: plainKey('/') },
    },
  ],
};
