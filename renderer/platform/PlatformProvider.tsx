import { createContext, useContext, type ReactNode } from 'react';
import type { Platform } from './Platform';

const PlatformContext = createContext<Platform | null>(null);

/** Provides the host chosen at boot (or a fake in tests) to every component below. */
export function PlatformProvider({ platform, children }: { platform: Platform; children: ReactNode }) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;
}

/** The current host. Throws outside a `PlatformProvider`: a missing provider is a wiring bug. */
export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform() needs a <PlatformProvider> above it');
  return platform;
}
