import { describe, expect, it } from 'vitest';
import { caseReferenceSchema, deviceTagFromId, formatCaseReference, parseCaseReference } from './caseReference';
import { msg } from './messageKeys';
import { sampleId } from './sampleRecords';

describe('case references', () => {
  it('formats year, device tag and a zero-padded sequence', () => {
    expect(formatCaseReference({ year: 2026, deviceTag: 'K7QX', sequence: 42 })).toBe('2026-K7QX-0042');
    expect(formatCaseReference({ year: 2026, deviceTag: 'K7QX', sequence: 12345 })).toBe('2026-K7QX-12345');
  });

  it('refuses parts that would make an unparseable reference', () => {
    expect(() => formatCaseReference({ year: 26, deviceTag: 'K7QX', sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseReference({ year: 2026, deviceTag: 'k7qx', sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseReference({ year: 2026, deviceTag: 'K7QX', sequence: 0 })).toThrow(RangeError);
  });

  it('parses what it formats, tolerating case and spaces', () => {
    const parts = { year: 2026, deviceTag: 'K7QX', sequence: 42 };
    expect(parseCaseReference(formatCaseReference(parts))).toEqual(parts);
    expect(parseCaseReference(' 2026-k7qx-0042 ')).toEqual(parts);
    for (const bad of ['2026-K7QX-42', '26-K7QX-0042', '2026-K7Q-0042', '2026-K1QX-0042', '2026-K7QX-0000', '']) {
      expect(parseCaseReference(bad)).toBeNull();
    }
  });

  it('gives a device the same 4-character tag every time', () => {
    const id = '0193d3a0-1111-7000-8000-00000000abcd';
    expect(deviceTagFromId(id)).toMatch(/^[A-Z2-9]{4}$/);
    expect(deviceTagFromId(id)).toBe(deviceTagFromId(id));
  });

  it('keeps references from different devices apart for the same year and sequence', () => {
    // Device ids of a delegation are UUIDv7s created minutes apart: they share long prefixes.
    const devices = Array.from({ length: 40 }, (_, i) => sampleId(i + 1));
    devices.push('laptop-hanoi', 'laptop-washington', 'laptop-hanoi-2');
    const refs = devices.map((d) => formatCaseReference({ year: 2026, deviceTag: deviceTagFromId(d), sequence: 1 }));
    expect(new Set(refs).size).toBe(devices.length);
  });

  it('avoids I and O in tags, which are misread as 1 and 0', () => {
    const tags = Array.from({ length: 300 }, (_, i) => deviceTagFromId(`device-${i}`)).join('');
    expect(tags).not.toMatch(/[IO]/);
  });

  it('validates stored references with a message key', () => {
    expect(caseReferenceSchema.parse('2026-k7qx-0042')).toBe('2026-K7QX-0042');
    expect(caseReferenceSchema.safeParse('CASE-1').error?.issues[0]?.message).toBe(msg.caseReferenceFormat);
  });
});
