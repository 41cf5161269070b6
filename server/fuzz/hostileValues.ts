/**
 * What a hostile or broken client sends instead of a valid request: one valid value (from
 * zodArbitrary.ts) with one thing broken, chosen where the schema says what "broken" means there
 * — one unit past a string's or an array's bound, a NUL or half a surrogate pair in a string, a
 * key the strict object does not know, a required key dropped, a value of the wrong type, a
 * field value nested past the depth limit — and whole bodies that are not JSON at all.
 *
 * Values too deep for `JSON.stringify` (which recurses) are spliced into the body text instead:
 * a `Splice` placeholder stands for raw JSON text written in by `encodeBody`.
 */
import fc from 'fast-check';
import type * as core from 'zod/v4/core';
import { lengthBounds, numberBounds } from './zodArbitrary';

export type JsonPath = (string | number)[];

/** Raw JSON text put in place of this value when the body is written out. */
export class Splice {
  constructor(
    readonly text: string,
    readonly label: string,
  ) {}
  [fc.toStringMethod](): string {
    return `Splice(${this.label})`;
  }
}

/** A value as JSON text, `Splice`s written in raw. */
export function encodeBody(value: unknown): string {
  const spliced: Splice[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Splice ? `\u0001splice:${spliced.push(v) - 1}\u0001` : v));
  if (text === undefined) return '';
  return spliced.length === 0 ? text : text.replace(/"\\u0001splice:(\d+)\\u0001"/g, (_, i: string) => (spliced[Number(i)] as Splice).text);
}

/** Arrays (or objects) nested `depth` deep around a string, written as text. */
export function deepJson(depth: number, kind: 'array' | 'object'): Splice {
  const text = kind === 'array' ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
  return new Splice(text, `${kind}s nested ${depth} deep`);
}

/** Strings no storage or log may receive: NUL, and UTF-16 surrogates without their other half. */
export const unstorableText = ['\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '😀'.slice(0, 1), '😀'.slice(1)] as const;

/** Values of every JSON type, to put where the schema wants another one. */
const wrongTypeValues: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, '', 'x', '1', 'true', [], {}, [[[]]], { a: null }];

/** One place in a value, with the schema that governs it there (none inside free-form JSON). */
interface Site {
  path: JsonPath;
  schema: core.$ZodType | null;
  value: unknown;
}

function unwrap(schema: core.$ZodType): core.$ZodType {
  let node = schema;
  for (;;) {
    const def = (node as core.$ZodTypes)._zod.def;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly' || def.type === 'nonoptional') node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else return node;
  }
}

/** Every place of `value` a mutation may hit, the first elements of arrays only (their siblings are alike). */
function sitesOf(schema: core.$ZodType | null, value: unknown, path: JsonPath = [], out: Site[] = []): Site[] {
  const node = schema ? unwrap(schema) : null;
  out.push({ path, schema: node, value });
  if (value === null || typeof value !== 'object') return out;
  const def = node ? (node as core.$ZodTypes)._zod.def : null;
  if (Array.isArray(value)) {
    const element = def?.type === 'array' ? def.element : null;
    value.slice(0, 3).forEach((item, i) => sitesOf(element, item, [...path, i], out));
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    const childSchema = def?.type === 'object' ? ((def.shape as Record<string, core.$ZodType>)[key] ?? null) : def?.type === 'record' ? def.valueType : null;
    sitesOf(childSchema, child, [...path, key], out);
  }
  return out;
}

/** A change at one site: the new value, or `dropKey` to remove the key altogether. */
interface Edit {
  label: string;
  replace: (old: unknown) => unknown;
}
const dropKey = Symbol('dropKey');

const insertAt = (text: string, at: number, insert: string) => {
  // Never between the halves of a surrogate pair: that would make a second, unintended, break.
  let i = Math.min(at, text.length);
  if (i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1] as string)) i -= 1;
  return text.slice(0, i) + insert + text.slice(i);
};

function editsFor(site: Site): fc.Arbitrary<Edit> {
  const edits: fc.Arbitrary<Edit>[] = [
    fc.constantFrom(...wrongTypeValues).map((v) => ({ label: `${JSON.stringify(v)} instead`, replace: () => v })),
  ];
  const def = site.schema ? (site.schema as core.$ZodTypes)._zod.def : null;
  const type = def?.type ?? (Array.isArray(site.value) ? 'array' : site.value === null ? 'null' : typeof site.value);

  if (type === 'string' || typeof site.value === 'string') {
    const { min, max } = site.schema ? lengthBounds(site.schema) : { min: 0, max: undefined };
    edits.push(
      fc.tuple(fc.constantFrom(...unstorableText), fc.nat()).map(([bad, at]) => ({
        label: `${JSON.stringify(bad)} inserted`,
        replace: (old) => insertAt(String(old), at % (String(old).length + 1), bad),
      })),
    );
    if (max !== undefined) {
      edits.push(
        fc.constantFrom('x', '😀', 'ệ').map((unit) => ({
          label: `${max + 1} of ${unit}`,
          // One past the bound, counted as zod counts (code points: an emoji is one, in two UTF-16 units).
          replace: () => unit.repeat(max + 1),
        })),
        fc.integer({ min: 2, max: 200 }).map((times) => ({ label: `${(max + 1) * times} characters`, replace: () => 'x'.repeat((max + 1) * times) })),
      );
    }
    if (min > 0) edits.push(fc.constant({ label: 'empty string', replace: () => '' }));
    edits.push(
      fc.constantFrom(' ', '\uFEFF', '\u0000', 'X').map((affix) => ({
        label: `${JSON.stringify(affix)} appended`,
        replace: (old) => `${String(old)}${affix}`,
      })),
    );
  }
  if (type === 'enum' || type === 'literal') {
    edits.push(
      fc.constantFrom('', 'PUT', 'Delete', 'put ', 'admin', 'cases\u0000', '__proto__', 'constructor').map((v) => ({ label: `${JSON.stringify(v)} as the choice`, replace: () => v })),
    );
  }
  if (type === 'number' && site.schema) {
    const { min, max, integer } = numberBounds(site.schema);
    const bad = [min - 1, max + (integer ? 1 : max * 1e-10), 0.5, -0.5, 1e21, -1, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE].filter((n) => Number.isFinite(n));
    edits.push(fc.constantFrom(...bad).map((n) => ({ label: `${n} as the number`, replace: () => n })));
  }
  if (type === 'array') {
    const { min, max } = site.schema ? lengthBounds(site.schema) : { min: 0, max: undefined };
    if (min > 0) edits.push(fc.constant({ label: 'empty array', replace: () => [] }));
    if (max !== undefined && max < 5000) {
      edits.push(
        fc.constant({
          label: `${max + 1} items`,
          replace: (old) => {
            const items = old as unknown[];
            return Array.from({ length: max + 1 }, (_, i) => items[i % Math.max(1, items.length)] ?? null);
          },
        }),
      );
    }
  }
  if (type === 'object' || type === 'record' || (typeof site.value === 'object' && site.value !== null && !Array.isArray(site.value))) {
    const keys = Object.keys(site.value as object);
    const badKeys = ['role', 'isAdmin', 'workspaceId', '', 'k'.repeat(65), ...unstorableText.map((t) => `key${t}`)];
    edits.push(
      fc.tuple(fc.constantFrom(...badKeys), fc.constantFrom<unknown>(1, 'x', null, {})).map(([key, v]) => ({
        label: `extra key ${JSON.stringify(key)}`,
        replace: (old) => ({ ...(old as object), [key]: v }),
      })),
      // Own `__proto__` and `constructor.prototype` keys, as JSON.parse makes them: prototype poisoning.
      fc.constantFrom('{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}').map((poison) => ({
        label: `${poison} merged in`,
        replace: (old) => Object.assign(JSON.parse(poison) as object, old as object),
      })),
    );
    if (type === 'object' && keys.length > 0) {
      edits.push(fc.constantFrom(...keys).map((key) => ({ label: `${key} dropped`, replace: (old) => ({ ...(old as object), [key]: dropKey }) })));
    }
  }
  if (site.schema === null || type === 'unknown' || type === 'record') {
    // Free-form JSON (a record's field values): past the depth limit, and unstorable text deep inside.
    edits.push(
      fc.tuple(fc.constantFrom<'array' | 'object'>('array', 'object'), fc.constantFrom(17, 25, 64, 1000, 5000)).map(([kind, depth]) => ({
        label: `${kind}s nested ${depth} deep`,
        replace: () => deepJson(depth, kind),
      })),
      fc.constantFrom(...unstorableText).map((bad) => ({ label: `${JSON.stringify(bad)} three levels down`, replace: () => [[{ [`k${bad}`]: 1, v: [`a${bad}b`] }]] })),
      fc.integer({ min: 10_000, max: 100_000 }).map((n) => ({ label: `a string of ${n} characters`, replace: () => 'y'.repeat(n) })),
    );
  }
  return fc.oneof(...edits);
}

/** `value` with the value at `path` changed by `edit` (a copy: the original is left as it was). */
function applyAt(value: unknown, path: JsonPath, edit: Edit): unknown {
  if (path.length === 0) return edit.replace(value);
  const [head, ...rest] = path as [string | number, ...JsonPath];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  const next = applyAt(copy[head], rest, edit);
  if (next === dropKey) delete copy[head];
  else copy[head] = next;
  return copy;
}

export interface HostileValue {
  value: unknown;
  /** What was broken where, for counterexamples. */
  label: string;
}

/** `valid` (a value of `schema`) with one thing broken at one place. */
export function hostileVariant(schema: core.$ZodType, valid: unknown): fc.Arbitrary<HostileValue> {
  const sites = sitesOf(schema, valid);
  return fc
    .integer({ min: 0, max: sites.length - 1 })
    .chain((i) => {
      const site = sites[i] as Site;
      return editsFor(site).map((edit) => ({ value: applyAt(valid, site.path, edit), label: `${edit.label} at ${JSON.stringify(site.path)}` }));
    });
}

/** Broken JSON text made from a valid body's text: what a truncated upload or a sloppy client sends. */
export function malformedJsonText(text: string): fc.Arbitrary<{ text: string | Buffer; label: string }> {
  return fc.oneof(
    fc.nat().map((cut) => ({ text: text.slice(0, cut % Math.max(1, text.length)), label: 'truncated' })),
    fc.constantFrom('}', ']', ',', 'x', '\u0000', '{}').map((tail) => ({ text: text + tail, label: `${JSON.stringify(tail)} after the body` })),
    fc.constant({ text: text.replaceAll('"', "'"), label: 'single quotes' }),
    fc.constant({ text: text.replace(/:(\d+)/, ':NaN'), label: 'NaN for a number' }),
    fc.constant({ text: `/* note */${text}`, label: 'a comment' }),
    fc.constant({ text: text.replace(/"([A-Za-z]+)":/, '$1:'), label: 'an unquoted key' }),
    fc.constant({ text: text.replace(/"([^"\\]*)"/, '"$1\n"'), label: 'a raw newline in a string' }),
    fc.constantFrom('', ' ', 'null', 'true', '0', '"text"', '[]', '[{}]', '{}', '\uFEFF').map((t) => ({ text: t, label: `${JSON.stringify(t)} as the body` })),
    // Bytes that are not UTF-8 (a lone continuation byte, a surrogate encoded in CESU-8, an overlong slash) inside a string.
    fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]).map((bytes) => {
      const at = text.indexOf('"', 1) + 1;
      return { text: Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(bytes), Buffer.from(text.slice(at))]), label: `bytes ${bytes.join(',')} in a string` };
    }),
    fc.constantFrom(1000, 20_000).map((depth) => ({ text: `${'['.repeat(depth)}${']'.repeat(depth)}`, label: `a body of arrays nested ${depth} deep` })),
  );
}
