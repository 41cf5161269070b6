import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/domain/sampleRecords';
import { toSearchDocument, type SearchRow } from './searchDocuments';
import { searchTables, type SearchTable } from './searchTypes';

const stored = <T extends SearchTable>(table: T, deleted: 0 | 1 = 0) => ({ ...sampleRecords[table], version: 3, deleted }) as SearchRow<T>;

describe('toSearchDocument', () => {
  it('makes a document of every indexed table, typed and titled', () => {
    for (const [type, table] of Object.entries(searchTables)) {
      const doc = toSearchDocument(table, stored(table))!;
      expect(doc.type).toBe(type);
      expect(doc.id).toBe(sampleRecords[table].id);
      expect(doc.title).not.toBe('');
      expect(doc.primary.length).toBeGreaterThan(0);
      for (const texts of [doc.primary, doc.secondary, doc.body]) expect(texts).not.toContain('');
    }
  });

  it('skips tombstones', () => {
    expect(toSearchDocument('cases', stored('cases', 1))).toBeNull();
  });

  it('links children to their case and names people in their own order', () => {
    const party = toSearchDocument('parties', stored('parties'))!;
    expect(party.caseId).toBe(sampleRecords.parties.caseId);
    const contact = toSearchDocument('contacts', stored('contacts'))!;
    expect(contact.title.startsWith('Nguyễn ')).toBe(true);
    expect(contact.caseId).toBeNull();
  });

  it('indexes the names inside a request and a risk entry', () => {
    const request = toSearchDocument('verificationRequests', stored('verificationRequests'))!;
    expect(request.secondary).toContain('Công ty TNHH Thép Việt');
    const risk = toSearchDocument('riskEntries', stored('riskEntries'))!;
    expect(risk.primary).toEqual(expect.arrayContaining(['Công ty TNHH Thép Việt', 'Thep Viet Co., Ltd.']));
  });

  it('keeps coded fields (status, country) out of the text', () => {
    const doc = toSearchDocument('cases', stored('cases'))!;
    const text = [...doc.primary, ...doc.secondary, ...doc.body].join(' ');
    expect(text).not.toContain(sampleRecords.cases.status);
  });
});
