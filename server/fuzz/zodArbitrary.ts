/**
 * Valid values of a zod v4 schema, as a fast-check arbitrary, read off the schema itself
 * (`schema._zod.def`: its type, its checks, its shape): the fuzz suite's requests start from what
 * the wire contract says a request is, so they follow the contract when it changes.
 *
 * What a schema's structure cannot say — a refinement's rule is code (the hlc format of
 * `hlcSchema`) — comes from `overrides`, matched by schema identity. A node carrying a
 * refinement is generated from its structure and then filtered through the node, so every value
 * produced passes it (zodArbitrary.test.ts checks this); a refinement that structure alone never
 * satisfies needs an override, or the filter never lets anything through.
 */
import fc from 'fast-check';
import * as core from 'zod/v4/core';

export interface ArbitraryOptions {
  /** Arbitraries for schemas (by identity) whose rule the walker cannot read. */
  overrides?: ReadonlyMap<core.$ZodType, fc.Arbitrary<unknown>>;
  /** Longest array or record generated, whatever the schema allows (sizes past it are the mutations' job). */
  maxItems?: number;
  /** Longest string generated, in UTF-16 units, whatever the schema allows. */
  maxTextLength?: number;
}

/**
 * Text that every storage and log must carry unchanged, and that naive code mishandles: a byte
 * order mark, non-characters, bidirectional controls, combining marks, astral characters and
 * emoji sequences (surrogate pairs in UTF-16), line and paragraph separators, control characters,
 * Vietnamese with its stacked diacritics, and characters that mean something in JSON, SQL or HTML.
 */
export const unicodeEdgeCases = [
  '\uFEFF',
  '\uFFFF',
  '\uFFFE',
  '\u200F',
  '\u202E',
  '\u200B',
  '\u2066',
  'e\u0301',
  '\u0301',
  'a\u0300\u0316\u0340',
  '😀',
  '👩🏽‍💻',
  '🇻🇳',
  '\u{10FFFF}',
  '\u{1D11E}',
  '\r\n',
  '\t',
  '\u0001',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  'Nguyễn Thị Hoà',
  'Đ',
  '中',
  'ا',
  'ー',
  '"',
  '\\',
  "'",
  '%00',
  '</script>',
  '${x}',
] as const;

/** One unit of valid text: mostly ordinary characters, often an edge case. */
const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  // 'binary' covers the whole code point range (never a half surrogate), NUL included: dropped.
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\u0000') },
  { weight: 2, arbitrary: fc.constantFrom(...unicodeEdgeCases) },
);

/** Length as zod measures a string's bounds: in code points (a surrogate pair is one). */
export const codePointLength = (text: string) => [...text].length;

/**
 * Text of `minLength`…`maxLength` code points (zod's measure of a string's length) with no NUL
 * and no unpaired surrogate, so valid for `wireText`. Built from whole units and cut between
 * them, never inside a surrogate pair.
 */
export function wireTextArbitrary(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.array(textUnit, { minLength: minLength === 0 ? 0 : 1, maxLength: Math.max(1, Math.min(maxLength, 40)) }).map((units) => {
    let text = '';
    let length = 0;
    for (const unit of units) {
      const added = codePointLength(unit);
      if (length + added > maxLength) break;
      text += unit;
      length += added;
    }
    // Short of the minimum (a unit too long to fit): pad with plain letters, one code point each.
    return length < minLength ? text + 'x'.repeat(minLength - length) : text;
  });
}

/** JSON values up to `maxDepth` containers deep, their strings and keys valid wire text. */
export function wireJsonArbitrary(maxDepth: number): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    wireTextArbitrary(0, 30),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.boolean(),
    fc.constant(null),
  );
  const key = wireTextArbitrary(1, 12).filter((k) => k !== '__proto__');
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    ),
  }));
  return value;
}

type CheckDef = core.$ZodCheckDef & Record<string, unknown>;

function checksOf(schema: core.$ZodType): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((c) => c._zod.def as CheckDef);
}

/** True when the schema carries a rule written as code (`refine`, `superRefine`, `z.custom`). */
export function hasCustomCheck(schema: core.$ZodType): boolean {
  return checksOf(schema).some((c) => c.check === 'custom');
}

/** Length bounds of a string or an array, from its checks. */
export function lengthBounds(schema: core.$ZodType): { min: number; max: number | undefined } {
  let min = 0;
  let max: number | undefined;
  for (const c of checksOf(schema)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum as number);
    if (c.check === 'max_length') max = Math.min(max ?? Infinity, c.maximum as number);
    if (c.check === 'length_equals') [min, max] = [c.length as number, c.length as number];
  }
  return { min, max };
}

/** Bounds of a number, from its checks: inclusive, and whether it must be an integer. */
export function numberBounds(schema: core.$ZodType): { min: number; max: number; integer: boolean } {
  const defFormat = (schema._zod.def as { format?: string }).format;
  const checks = [...checksOf(schema), ...(defFormat ? [{ check: 'number_format', format: defFormat } as CheckDef] : [])];
  const formats = checks.filter((c) => c.check === 'number_format').map((c) => c.format);
  const integer = formats.length > 0;
  let min = integer ? Number.MIN_SAFE_INTEGER : -Number.MAX_VALUE;
  let max = integer ? Number.MAX_SAFE_INTEGER : Number.MAX_VALUE;
  if (formats.includes('int32')) [min, max] = [Math.max(min, -(2 ** 31)), Math.min(max, 2 ** 31 - 1)];
  if (formats.includes('uint32')) [min, max] = [Math.max(min, 0), Math.min(max, 2 ** 32 - 1)];
  // An exclusive bound on an integer is the next integer in; on a float, the next double in.
  const inward = (v: number, up: boolean) => (integer ? (up ? Math.floor(v) + 1 : Math.ceil(v) - 1) : up ? v + Math.abs(v) * Number.EPSILON + Number.MIN_VALUE : v - Math.abs(v) * Number.EPSILON - Number.MIN_VALUE);
  for (const c of checks) {
    const v = c.value as number;
    if (c.check === 'greater_than') min = Math.max(min, c.inclusive ? v : inward(v, true));
    if (c.check === 'less_than') max = Math.min(max, c.inclusive ? v : inward(v, false));
  }
  return { min, max, integer };
}

/** Integers mostly near zero or the lower bound (ids, versions and counts live there), sometimes anywhere up to the bounds. */
function integerIn(min: number, max: number): fc.Arbitrary<number> {
  const anchor = Math.min(Math.max(0, min), max);
  const near = fc.integer({ min: Math.max(min, anchor - 1000), max: Math.min(max, anchor + 1000) });
  return fc.oneof({ weight: 3, arbitrary: near }, fc.integer({ min, max }));
}

/** An ISO 8601 UTC date-time with milliseconds, as `z.iso.datetime()` takes it. */
const isoDateTime = fc
  .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/**
 * An arbitrary of values that pass `schema`. Throws for schema types a request never holds
 * (transforms, functions, promises…): the walker says so rather than generating something wrong.
 */
export function arbitraryOf(schema: core.$ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const maxItems = options.maxItems ?? 5;
  const maxText = options.maxTextLength ?? 80;

  const walk = (node: core.$ZodType, path: string): fc.Arbitrary<unknown> => {
    const override = options.overrides?.get(node);
    if (override) return override;
    const structural = structure(node, path);
    // A rule the structure cannot express: keep only what passes the whole node.
    return hasCustomCheck(node) ? structural.filter((v) => passes(node, v)) : structural;
  };

  const structure = (node: core.$ZodType, path: string): fc.Arbitrary<unknown> => {
    const def = (node as core.$ZodTypes)._zod.def;
    switch (def.type) {
      case 'string': {
        const format = (def as { format?: string }).format;
        const pattern = (def as { pattern?: RegExp }).pattern;
        if (format === 'uuid' || format === 'guid') return fc.uuid({ version: [4, 7] });
        if (format === 'datetime') return isoDateTime;
        if (pattern) return fc.stringMatching(pattern);
        const { min, max } = lengthBounds(node);
        return wireTextArbitrary(min, Math.min(max ?? maxText, Math.max(maxText, min)));
      }
      case 'number': {
        const { min, max, integer } = numberBounds(node);
        return integer ? integerIn(min, max) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries));
      case 'optional':
      case 'default':
      case 'prefault':
        return fc.option(walk(def.innerType, path), { nil: undefined, freq: 2 });
      case 'nullable':
        return fc.option(walk(def.innerType, path), { nil: null, freq: 3 });
      case 'nonoptional':
      case 'readonly':
        return walk(def.innerType, path);
      case 'object': {
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [key, child] of Object.entries(def.shape)) {
          const optional = (child as core.$ZodType)._zod.optin === 'optional';
          // An optional key is absent rather than `undefined`: JSON has no undefined.
          model[key] = walk(optional ? unwrapOptional(child as core.$ZodType) : (child as core.$ZodType), `${path}.${key}`);
          if (!optional) required.push(key);
        }
        return fc.record(model, { requiredKeys: required, noNullPrototype: true });
      }
      case 'record': {
        const key = walk(def.keyType, `${path}[key]`).filter((k) => k !== '__proto__') as fc.Arbitrary<string>;
        return fc.dictionary(key, walk(def.valueType, `${path}[value]`), { maxKeys: maxItems, noNullPrototype: true });
      }
      case 'array': {
        const { min, max } = lengthBounds(node);
        return fc.array(walk(def.element, `${path}[]`), { minLength: min, maxLength: Math.max(min, Math.min(max ?? maxItems, maxItems)) });
      }
      case 'tuple':
        return fc.tuple(...def.items.map((item, i) => walk(item, `${path}[${i}]`)));
      case 'union':
        return fc.oneof(...def.options.map((option) => walk(option, path)));
      case 'pipe':
        return walk(def.in, path).filter((v) => passes(node, v));
      case 'unknown':
      case 'any':
        return wireJsonArbitrary(3);
      default:
        throw new Error(`No arbitrary for a zod ${def.type} at ${path || 'the root'}: give one in options.overrides`);
    }
  };

  return walk(schema, '');
}

/** The schema inside an `optional` wrapper (a strict object's optional key). */
function unwrapOptional(schema: core.$ZodType): core.$ZodType {
  const def = (schema as core.$ZodTypes)._zod.def;
  return def.type === 'optional' ? def.innerType : schema;
}

/** True when `value` passes `schema` (any zod v4 schema, classic or core). */
export function passes(schema: core.$ZodType, value: unknown): boolean {
  return core.safeParse(schema, value).success;
}
