import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { usePlatform } from '../platform';
import { commandFor, isTypingTarget, type CommandContext } from '../shell';
import { featureModules } from './features';

const commands = featureModules.flatMap((m) => m.commands ?? []);

/** A modal is open when react-aria has marked the rest of the page inert or a modal dialog exists. */
function isModalOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"], .modal-overlay') !== null;
}

/**
 * Routes keyboard shortcuts and native menu commands to the feature commands: a menu command runs
 * the command of the same id, so a menu item and its accelerator never disagree.
 */
export function useShortcuts(): void {
  const platform = usePlatform();
  const [location, navigate] = useLocation();
  // The latest router state without re-subscribing on every navigation.
  const context = useRef<CommandContext>({ location, navigate });
  useLayoutEffect(() => {
    context.current = { location, navigate };
  }, [location, navigate]);

  // Listening from the commit that shows the shell, before it is painted: a passive effect may run
  // a task later, and a Ctrl+K pressed the moment the app appears after unlocking was lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = isTypingTarget(document.activeElement);
      // Looking for an open dialog reads the whole DOM: only for a key some shortcut takes (an open
      // dialog only ever takes shortcuts away), not for every character typed into a long form.
      if (!commandFor(event, { typing, modalOpen: false }, commands)) return;
      const command = commandFor(event, { typing, modalOpen: isModalOpen() }, commands);
      if (!command) return;
      event.preventDefault();
      command.run(context.current);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = platform.onMenuCommand((id) => commands.find((c) => c.id === id)?.run(context.current));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [platform]);
}
