import { describe, expect, it } from 'vitest';
import { auditEventsRequestSchema, auditEventsResponseSchema, maxAuditEventsPerRequest } from './auditWire';

const event = {
  id: '0190f0aa-0000-7000-8000-0000000000e1',
  action: 'view',
  table: 'cases',
  recordId: '0190f0aa-0000-7000-8000-000000000001',
  at: '2026-03-01T10:00:00.000Z',
};
const request = (events: unknown[], extra: Record<string, unknown> = {}) => ({ deviceId: 'd1', schemaVersion: 1, events, ...extra });

describe('audit events on the wire', () => {
  it('accepts a batch of view events', () => {
    expect(auditEventsRequestSchema.parse(request([event]))).toEqual(request([event]));
  });

  it('refuses unknown keys at every level, and nothing is coerced', () => {
    expect(auditEventsRequestSchema.safeParse(request([event], { actor: 'someone else' })).success).toBe(false);
    expect(auditEventsRequestSchema.safeParse(request([{ ...event, actor: 'someone else' }])).success).toBe(false);
    expect(auditEventsRequestSchema.safeParse(request([event], { schemaVersion: '1' })).success).toBe(false);
    expect(auditEventsRequestSchema.safeParse(request([{ ...event, at: 1767225600000 }])).success).toBe(false);
  });

  it('refuses other actions, server-authored tables, malformed ids and dates, empty and oversized batches', () => {
    for (const bad of [
      { ...event, action: 'update' },
      { ...event, table: 'conflicts' },
      { ...event, id: 'not-a-uuid' },
      { ...event, recordId: '' },
      { ...event, recordId: 'x'.repeat(65) },
      { ...event, at: '2026-03-01' },
    ]) {
      expect(auditEventsRequestSchema.safeParse(request([bad])).success, JSON.stringify(bad)).toBe(false);
    }
    expect(auditEventsRequestSchema.safeParse(request([])).success).toBe(false);
    expect(auditEventsRequestSchema.safeParse(request(Array(maxAuditEventsPerRequest + 1).fill(event))).success).toBe(false);
  });

  it('answers one result per event', () => {
    const answer = { results: [{ id: event.id, status: 'recorded' }, { id: 'x', status: 'rejected', code: 'not_found' }] };
    expect(auditEventsResponseSchema.parse(answer)).toEqual(answer);
    expect(auditEventsResponseSchema.safeParse({ results: [{ id: event.id, status: 'lost' }] }).success).toBe(false);
  });
});
