import type { FeatureModule } from '../../shell';
import { ActionItemEditPage } from './ActionItemEditPage';
import { useOverdueActionItemCount } from './actionItemData';
import { actionItemsLocales } from './locales';
import { TrackerPage } from './TrackerPage';

import './actionItems.css';

/**
 * The action tracker: every meeting's action items in one place (`/actions`, filtered by its
 * URL query), an item's form (`/actions/new`, `/actions/:id`). The literal `new` precedes
 * `/actions/:id` so it is never read as an id. The sidebar counts the overdue items.
 */
export const actionItemsModule: FeatureModule = {
  id: 'actionItems',
  locales: [actionItemsLocales],
  routes: [
    { path: '/actions', component: TrackerPage },
    { path: '/actions/new', component: ActionItemEditPage },
    { path: '/actions/:id', component: ActionItemEditPage },
  ],
  nav: { href: '/actions', labelKey: 'actionItems.nav.label', order: 25, useCount: useOverdueActionItemCount, countLabelKey: 'actionItems.nav.overdue' },
};
