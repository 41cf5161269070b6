import { useEffect } from 'react';

/**
 * Adopts `css` (an `@page` rule from `pageRulesCss`) into the document while the calling print
 * view is mounted, and drops it when the view goes. A constructed stylesheet, because the
 * Content-Security-Policy refuses inline <style> and the rule's text depends on the document.
 */
export function usePageRules(css: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
