// Boot: pick the host, start i18n in the saved language, then render the app inside its providers.
import './app/configureZod';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/feedback.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { useUiStore } from './app/uiStore';
import { DatabaseProvider } from './db';
import { initI18n } from './i18n';
import { PlatformProvider, selectPlatform } from './platform';

/** Hands the user's display name to the database layer as the actor of every change. */
function Root() {
  const displayName = useUiStore((s) => s.displayName);
  return (
    <DatabaseProvider actor={displayName || undefined}>
      <App />
    </DatabaseProvider>
  );
}

const platform = selectPlatform();
initI18n(useUiStore.getState().language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <PlatformProvider platform={platform}>
      <Root />
    </PlatformProvider>
  </StrictMode>,
);
