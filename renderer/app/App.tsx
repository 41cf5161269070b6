import { useEffect, useRef } from 'react';
import { I18nProvider } from 'react-aria-components';
import { Router, useLocation } from 'wouter';
import { AttachmentBytesProvider } from '../attachments';
import { useIdleLock } from '../features/lock';
import { readAttachmentBytes, RevokedNotice, useSyncStore } from '../features/sync';
import { changeLanguage } from '../i18n';
import { usePreferences } from '../profile';
import { FeatureRegistryProvider } from '../shell';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { useHashPath, useHashSearch } from './hashRouting';
import { featureModules } from './features';
import { NameReminder } from './NameReminder';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { SkipLink } from './SkipLink';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';

// react-aria formats dates and numbers in its fields by this locale: day-first dates in both.
const ariaLocales = { en: 'en-GB', vi: 'vi-VN' } as const;
const mainId = 'main';
const overlays = featureModules.flatMap((m) => m.overlays ?? []);

/**
 * After a navigation, moves focus to the new page (unless the page focused something itself) so
 * screen readers start reading it and Tab continues from it. Not on first load: there the first
 * Tab must reach the skip link.
 */
function useFocusMainOnNavigation(location: string) {
  // Compared with the previous route rather than a "first run" flag, which StrictMode's double
  // effect run would defeat.
  const previous = useRef(location);
  useEffect(() => {
    const from = previous.current;
    previous.current = location;
    // Same route (StrictMode re-run, or the first load): not a user navigation. Leaving "/" is
    // one: it is the dashboard, no longer a redirect to the case list.
    if (from === location) return;
    const main = document.getElementById(mainId);
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    main?.scrollTo?.({ top: 0 });
  }, [location]);
}

function Shell() {
  const language = usePreferences((s) => s.language);
  const revoked = useSyncStore((s) => s.revokedWorkspace !== null);
  const [location] = useLocation();
  useEffect(() => {
    void changeLanguage(language);
  }, [language]);
  useShortcuts();
  useIdleLock(usePreferences((s) => s.lockAfterMinutes));
  useFocusMainOnNavigation(location);

  return (
    <I18nProvider locale={ariaLocales[language]}>
      {revoked ? (
        <RevokedNotice />
      ) : (
        <>
          <SkipLink targetId={mainId} />
          <div className="app-shell">
            <TopBar />
            <Sidebar />
            <main id={mainId} className="main" tabIndex={-1}>
              <NameReminder location={location} />
              <ErrorBoundary key={location}>
                <AppRoutes />
              </ErrorBoundary>
            </main>
          </div>
          <ShortcutsDialog />
          {overlays.map((Overlay, index) => (
            <Overlay key={index} />
          ))}
        </>
      )}
    </I18nProvider>
  );
}

/** The application shell: banner, navigation, the routed page, shortcuts and language. */
export function App() {
  return (
    <FeatureRegistryProvider modules={featureModules}>
      {/* Every attachment list and viewer fetches bytes not yet on this device through sync. */}
      <AttachmentBytesProvider readBytes={readAttachmentBytes}>
        <Router hook={useHashPath} searchHook={useHashSearch}>
          <Shell />
        </Router>
      </AttachmentBytesProvider>
    </FeatureRegistryProvider>
  );
}
