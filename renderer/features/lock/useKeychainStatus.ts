import { useEffect, useState } from 'react';
import { usePlatform, type KeychainStatus } from '../../platform';

/** The host's OS keychain status; `null` until the host answered. */
export function useKeychainStatus(): KeychainStatus | null {
  const platform = usePlatform();
  const [status, setStatus] = useState<KeychainStatus | null>(null);
  useEffect(() => {
    let current = true;
    platform.keychainStatus().then(
      (s) => current && setStatus(s),
      () => current && setStatus('unavailable'),
    );
    return () => {
      current = false;
    };
  }, [platform]);
  return status;
}
