/** A translation bundle: nested objects whose leaves are strings. */
export interface Bundle {
  [key: string]: string | Bundle;
}

/** Every leaf key of a bundle as a dotted path (`common.nav.cases`), sorted. */
export function leafKeys(bundle: Bundle, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.push(path);
    else keys.push(...leafKeys(value, path));
  }
  return keys.sort();
}

/**
 * Deep-merges bundles into one i18next `translation` namespace. Bundles own disjoint keys (each
 * feature its own top-level key), so two bundles defining the same leaf is a wiring mistake and
 * throws rather than silently letting one win.
 */
export function mergeBundles(...bundles: Bundle[]): Bundle {
  const merged: Bundle = {};
  for (const bundle of bundles) mergeInto(merged, bundle, '');
  return merged;
}

function mergeInto(target: Bundle, source: Bundle, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    // Own keys only: a key named like an Object.prototype member (valueOf…) is a key like any other.
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (existing === undefined) {
      target[key] = typeof value === 'string' ? value : mergeBundles(value);
    } else if (typeof existing !== 'string' && typeof value !== 'string') {
      mergeInto(existing, value, path);
    } else {
      throw new Error(`Translation key "${path}" is defined by two bundles`);
    }
  }
}
