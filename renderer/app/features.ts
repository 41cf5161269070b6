import { actionItemsModule } from '../features/actionItems';
import { auditModule } from '../features/audit';
import { casesModule } from '../features/cases';
import { conflictsModule } from '../features/conflicts';
import { contactsModule } from '../features/contacts';
import { dashboardModule } from '../features/dashboard';
import { lockModule } from '../features/lock';
import { meetingsModule } from '../features/meetings';
import { referenceDataModule } from '../features/referenceData';
import { requestsModule } from '../features/requests';
import { riskListsModule } from '../features/riskLists';
import { searchModule } from '../features/search';
import { settingsModule } from '../features/settings';
import { syncModule } from '../features/sync';
import type { FeatureModule } from '../shell';
import { shellModule } from './shellModule';

/**
 * Every feature of Attaché, the one list the shell is assembled from: routes, sidebar, strings,
 * shortcuts, menu commands and Settings sections all come from here. Adding a feature is adding
 * its module to this list. The order is the order of the help dialog's shortcuts.
 */
export const featureModules: readonly FeatureModule[] = [
  searchModule,
  dashboardModule,
  casesModule,
  requestsModule,
  meetingsModule,
  actionItemsModule,
  riskListsModule,
  contactsModule,
  conflictsModule,
  auditModule,
  settingsModule,
  referenceDataModule,
  lockModule,
  syncModule,
  shellModule,
];
