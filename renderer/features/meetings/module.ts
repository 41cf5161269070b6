import type { FeatureModule } from '../../shell';

/** Meetings: the list, a meeting's record, meeting mode, the minutes and the follow-up letter. */
export const meetingsModule: FeatureModule = {
  id: 'meetings',
};
