/** Public entry of the app lock: the gate in front of the app, the idle lock and the strings. */
export { lockModule } from './module';
export { LockGate } from './LockGate';
export { LockSettingsSection } from './LockSettingsSection';
export { NewPassphraseFields, useNewPassphrase, type NewPassphrase } from './NewPassphraseFields';
export { useIdleLock } from './useIdleLock';
export { lockLocales } from './locales';
export { lockSession } from '../../security/session';
