import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { lockSession } from '../features/lock';
import { useSearchStore } from '../features/search';
import { caseSearchId, type ShellAction } from './shortcuts';
import { useUiStore } from './uiStore';

/** Focuses the case search box, waiting up to ~1 s for the case list to render it after navigation. */
function focusCaseSearch(attemptsLeft = 60): void {
  const box = document.getElementById(caseSearchId);
  if (box instanceof HTMLElement) {
    box.focus();
    if (box instanceof HTMLInputElement) box.select();
    return;
  }
  if (attemptsLeft > 0) requestAnimationFrame(() => focusCaseSearch(attemptsLeft - 1));
}

/** Performs a shell action; shared by the keyboard shortcuts and the native menu. */
export function useShellActions(): (action: ShellAction) => void {
  const [location, navigate] = useLocation();
  const setShortcutsOpen = useUiStore((s) => s.setShortcutsOpen);
  const setSearchOpen = useSearchStore((s) => s.setDialogOpen);
  return useCallback(
    (action: ShellAction) => {
      switch (action) {
        case 'newCase':
          navigate('/cases/new');
          return;
        case 'goToCases':
          navigate('/cases');
          return;
        case 'openSettings':
          navigate('/settings');
          return;
        case 'showShortcuts':
          setShortcutsOpen(true);
          return;
        case 'lock':
          lockSession();
          return;
        case 'openSearch':
          setSearchOpen(true);
          return;
        case 'focusSearch':
          if (location !== '/cases') navigate('/cases');
          focusCaseSearch();
          return;
      }
    },
    [location, navigate, setShortcutsOpen, setSearchOpen],
  );
}
