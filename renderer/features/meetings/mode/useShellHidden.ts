import { useEffect, type RefObject } from 'react';

/**
 * While meeting mode covers the window, the app's chrome under it (top bar and sidebar)
 * is made inert: not reachable by Tab nor read by a screen reader, as behind a modal. Only the
 * shell's own children are touched, so the lock screen and the shell's dialogs stay reachable.
 */
export function useShellHidden(layerRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const layer = layerRef.current;
    const shell = layer?.closest('.app-shell');
    if (!layer || !shell) return;
    const hidden = [...shell.children].filter((child): child is HTMLElement => child instanceof HTMLElement && !child.contains(layer) && !child.inert);
    for (const element of hidden) element.inert = true;
    return () => {
      for (const element of hidden) element.inert = false;
    };
  }, [layerRef]);
}
