import type { FeatureModule } from '../../shell';

/** The action tracker: every meeting's action items in one place. */
export const actionItemsModule: FeatureModule = {
  id: 'actionItems',
};
