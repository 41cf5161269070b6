import type { FeatureModule } from '../../shell';
import { referenceDataLocales } from './referenceDataLocales';

/** Reference data has no page of its own: its panels sit in Settings and the case form. */
export const referenceDataModule: FeatureModule = { id: 'referenceData', locales: [referenceDataLocales] };
