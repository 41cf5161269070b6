import { useEffect, useRef } from 'react';
import { usePlatform } from '../platform';
import { isTypingTarget, shortcutFor, type ShellAction } from './shortcuts';

/** A modal is open when react-aria has marked the rest of the page inert or a modal dialog exists. */
function isModalOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"], .modal-overlay') !== null;
}

/** Routes keyboard shortcuts and native menu commands to `run`. */
export function useShortcuts(run: (action: ShellAction) => void): void {
  const platform = usePlatform();
  // The latest `run` without re-subscribing on every navigation.
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event, {
        typing: isTypingTarget(document.activeElement),
        modalOpen: isModalOpen(),
      });
      if (!action) return;
      event.preventDefault();
      runRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((command) => runRef.current(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [platform]);
}
