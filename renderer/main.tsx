// Boot: pick the host, start i18n in the saved language, then render the app inside its providers,
// behind the lock: nothing of the data opens before the passphrase unlocks the data key.
import './app/configureZod';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/feedback.css';
import './styles/dataGrid.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, featureModules } from './app';
import { DatabaseProvider } from './db';
import { LockGate } from './features/lock';
import { SearchProvider } from './features/search';
import { resolveDeviceId, SyncProvider } from './features/sync';
import { initI18n } from './i18n';
import { PlatformProvider, selectPlatform } from './platform';
import { usePreferences } from './profile';

/**
 * Opens the active workspace's database (keyed by workspace, so a switch after enrolling,
 * disconnecting or revocation starts every screen afresh), hands it the user's display name as
 * the actor of every change and the enrolled device id, and runs sync and the search index inside it.
 */
function Root() {
  const displayName = usePreferences((s) => s.displayName);
  const workspaceId = usePreferences((s) => s.workspaceId);
  return (
    <DatabaseProvider key={workspaceId} workspaceId={workspaceId} actor={displayName || undefined} resolveDeviceId={resolveDeviceId}>
      <SyncProvider>
        <SearchProvider>
          <App />
        </SearchProvider>
      </SyncProvider>
    </DatabaseProvider>
  );
}

const platform = selectPlatform();
initI18n(
  usePreferences.getState().language,
  featureModules.flatMap((m) => m.locales ?? []),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <PlatformProvider platform={platform}>
      <LockGate>
        <Root />
      </LockGate>
    </PlatformProvider>
  </StrictMode>,
);
