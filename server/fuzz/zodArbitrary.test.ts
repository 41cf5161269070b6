/**
 * The fuzz suite's requests start from values the wire schemas accept: if the walker produced
 * values the schemas refuse, every "valid" request would be a refusal, and the suite would test
 * the schema check a thousand times and nothing behind it.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { auditEventsRequestSchema } from '../../shared/sync/auditWire';
import { enrollRequestSchema, pullRequestSchema, pushRequestSchema } from '../../shared/sync/wire';
import { findWireJsonIssue, isWireText, maxFieldDepth } from '../../shared/sync/wireText';
import { hostileVariant, unstorableText } from './hostileValues';
import { schemaBodies } from './wireArbitraries';
import { arbitraryOf, codePointLength, passes, wireJsonArbitrary, wireTextArbitrary } from './zodArbitrary';

// Generating is quick, but this machine is often busy.
vi.setConfig({ testTimeout: 60_000 });

const wireSchemas = [
  ['enroll', enrollRequestSchema, schemaBodies.enroll],
  ['push', pushRequestSchema, schemaBodies.push],
  ['pull', pullRequestSchema, schemaBodies.pull],
  ['audit events', auditEventsRequestSchema, schemaBodies.auditEvents],
] as const;

describe('values generated from the wire schemas', () => {
  for (const [name, schema, bodies] of wireSchemas) {
    it(`are ${name} requests the schema accepts`, () => {
      fc.assert(
        fc.property(bodies, (body) => {
          const result = schema.safeParse(body);
          expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('text is wire text of the length asked for, and JSON values are within the depth limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 }), fc.gen(), (min, extra, g) => {
        const text = g(() => wireTextArbitrary(min, min + extra));
        expect(isWireText(text)).toBe(true);
        expect(codePointLength(text)).toBeGreaterThanOrEqual(min);
        expect(codePointLength(text)).toBeLessThanOrEqual(min + extra);
        expect(findWireJsonIssue(g(() => wireJsonArbitrary(3)), maxFieldDepth)).toBeNull();
      }),
    );
  });

  it('follow bounds, formats and refinements of any schema', () => {
    const schema = z.strictObject({
      id: z.uuid(),
      at: z.iso.datetime(),
      n: z.number().int().min(3).max(9),
      ratio: z.number().gt(0).lt(1),
      tags: z.array(z.string().min(2).max(4)).min(1).max(3),
      kind: z.enum(['a', 'b']),
      note: z.string().max(10).optional(),
      even: z.number().int().refine((v) => v % 2 === 0),
    });
    fc.assert(
      fc.property(arbitraryOf(schema), (value) => {
        expect(schema.safeParse(value).error?.issues ?? []).toEqual([]);
      }),
    );
  });

  it('says so for a schema type no request holds, instead of generating something wrong', () => {
    expect(() => arbitraryOf(z.object({ at: z.date() }))).toThrow(/No arbitrary for a zod date at \.at/);
  });
});

describe('hostile variants', () => {
  it('of a valid push are mostly refused by the schema, and a NUL or half a surrogate always is', () => {
    let refused = 0;
    fc.assert(
      fc.property(schemaBodies.push.chain((body) => hostileVariant(pushRequestSchema, body)), ({ value, label }) => {
        if (!passes(pushRequestSchema, value) || findWireJsonIssue(value, maxFieldDepth + 8)) refused += 1;
        else if (unstorableText.some((bad) => label.startsWith(`${JSON.stringify(bad)} inserted`))) throw new Error(`accepted: ${label}`);
      }),
      { numRuns: 150 },
    );
    // Some edits keep a value valid (an extra key in free-form fields, a wrong type where any JSON goes).
    expect(refused).toBeGreaterThan(75);
  });
});
