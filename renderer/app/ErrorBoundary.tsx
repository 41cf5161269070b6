import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button } from '../components';

function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Banner
      tone="error"
      title={t('common.crash.title')}
      action={
        <Button variant="primary" onPress={() => window.location.reload()}>
          {t('common.actions.reload')}
        </Button>
      }
    >
      {t('common.crash.body')}
    </Banner>
  );
}

/**
 * Keeps the shell (navigation, language, offline state) usable when a page throws; the page is
 * replaced by a notice. Keyed by route in App, so navigating elsewhere recovers.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The console is the renderer's log (Electron forwards it to the main process log).
    console.error('A page crashed', error);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}
