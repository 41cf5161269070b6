import { useEffect, useState, type ReactNode } from 'react';
import { usePreferences } from '../../profile';
import { changeLanguage } from '../../i18n';
import type { DataKey, KeyringRecord } from '../../security/keyring';
import { profileKeyringStore } from '../../security/keyringStore';
import { sessionKey, unlockSession } from '../../security/session';
import './lock.css';
import { PassphraseSetup } from './PassphraseSetup';
import { UnlockScreen } from './UnlockScreen';

type State = { kind: 'loading' } | { kind: 'setup' } | { kind: 'locked'; keyring: KeyringRecord } | { kind: 'unlocked' } | { kind: 'failed'; error: unknown };

/**
 * Nothing of the app renders until the data key is unlocked: first run asks for a passphrase
 * (PassphraseSetup), later runs for the passphrase (UnlockScreen). Locking reloads the page
 * (security/session.ts), which brings this gate back.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const store = profileKeyringStore();
  const [state, setState] = useState<State>(() => (sessionKey() ? { kind: 'unlocked' } : { kind: 'loading' }));
  // The shell follows the language once it runs; before that, these screens must.
  const language = usePreferences((s) => s.language);
  useEffect(() => {
    void changeLanguage(language);
  }, [language]);

  useEffect(() => {
    if (state.kind !== 'loading') return;
    store.load().then(
      (keyring) => setState(keyring ? { kind: 'locked', keyring } : { kind: 'setup' }),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  }, [state.kind, store]);

  const unlocked = (key: DataKey) => {
    performance.mark('attache:unlocked'); // read by the bench (bench/layerBench.ts)
    unlockSession(key, store);
    setState({ kind: 'unlocked' });
  };

  switch (state.kind) {
    case 'loading':
      return null;
    case 'failed':
      throw state.error;
    case 'setup':
      return <PassphraseSetup lockOptions={{ store }} onUnlocked={unlocked} />;
    case 'locked':
      return <UnlockScreen keyring={state.keyring} lockOptions={{ store }} onUnlocked={unlocked} />;
    case 'unlocked':
      return children;
  }
}
