/**
 * What text and JSON the sync wire accepts, so that a hostile or broken request is refused as
 * `invalid_request` before it reaches PostgreSQL or a log, and so the client can check the same
 * rule before it sends.
 *
 * - No U+0000: PostgreSQL `text`, `json` and `jsonb` cannot hold it.
 * - No unpaired UTF-16 surrogate (`\ud800` alone): it has no UTF-8 form, and PostgreSQL refuses it
 *   ("invalid input syntax for type json").
 * - Free-form JSON (a record's field values) is nested at most `maxFieldDepth` containers deep, and
 *   is checked by a loop with its own stack: every later walk of those values (JSON.stringify,
 *   sameValue, the merge) recurses, and 5,000 nested arrays overflow the call stack.
 */
import { z } from 'zod';

/** Message keys of the issues below (zod issue messages, as the other wire schemas use). */
export const wireTextMessages = {
  /** A NUL character or an unpaired surrogate. */
  malformed: 'sync.text.malformed',
  /** Containers nested deeper than allowed. */
  tooDeep: 'sync.json.tooDeep',
} as const;

/** Deepest nesting of one field's value; domain records nest three or four levels at most. */
export const maxFieldDepth = 16;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` can be stored and logged as it is: no NUL, no unpaired surrogate. */
export function isWireText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/** A non-empty string of at most `max` UTF-16 units that passes `isWireText`. */
export function wireText(max: number) {
  return z.string().min(1).max(max).refine(isWireText, { message: wireTextMessages.malformed });
}

export interface WireJsonIssue {
  /** Where in the value: object keys and array indexes from the top. */
  path: (string | number)[];
  message: (typeof wireTextMessages)[keyof typeof wireTextMessages];
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
  /** How many containers enclose `value`. */
  depth: number;
}

/**
 * The first string (value or object key) that fails `isWireText`, or the first container nested
 * `maxDepth` containers deep, in `value`; null when there is none. Iterative: the depth of hostile
 * input never reaches the call stack, and no path is built unless an issue is found.
 */
export function findWireJsonIssue(value: unknown, maxDepth: number): WireJsonIssue | null {
  const stack: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (typeof visit.key === 'string' && !isWireText(visit.key)) return { path: pathOf(visit), message: wireTextMessages.malformed };
    const v = visit.value;
    if (typeof v === 'string') {
      if (!isWireText(v)) return { path: pathOf(visit), message: wireTextMessages.malformed };
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (visit.depth >= maxDepth) return { path: pathOf(visit), message: wireTextMessages.tooDeep };
    const depth = visit.depth + 1;
    // Pushed last to first, so the first issue found is the first in the document.
    const children: [string | number, unknown][] = Array.isArray(v) ? v.map((child, i) => [i, child]) : Object.entries(v);
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [string | number, unknown];
      stack.push({ value: child, key, parent: visit, depth });
    }
  }
  return null;
}

/**
 * The verdict of `findWireJsonIssue(value, maxDepth) === null` without its bookkeeping: no visit
 * records, no entry arrays, nothing allocated. A push of 1,000 records walked by
 * `findWireJsonIssue` made most of the server's garbage; this walks it for a fraction of that, and
 * the path of an issue is looked up (with `findWireJsonIssue`) only once one is known to exist.
 * It recurses, but never deeper than `maxDepth` calls: a container that deep is refused before it
 * is entered, so hostile nesting cannot reach the call stack's limit.
 */
export function isWireJson(value: unknown, maxDepth: number): boolean {
  return wireJsonAt(value, 0, maxDepth);
}

function wireJsonAt(value: unknown, depth: number, maxDepth: number): boolean {
  if (typeof value === 'string') return isWireText(value);
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= maxDepth) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!wireJsonAt(value[i], depth + 1, maxDepth)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (!isWireText(key) || !wireJsonAt((value as Record<string, unknown>)[key], depth + 1, maxDepth)) return false;
  }
  return true;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/** Any JSON value that passes `findWireJsonIssue` with `maxDepth`; the issue keeps its path. */
export function wireJson(maxDepth: number) {
  return z.unknown().superRefine((value, ctx) => {
    if (isWireJson(value, maxDepth)) return;
    const issue = findWireJsonIssue(value, maxDepth);
    if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}
