import { describe, expect, it } from 'vitest';
import { inProcessSearchClient } from './inProcessSearch';
import { SearchClosedError } from './SearchClient';
import { SearchIndex } from './SearchIndex';
import type { SearchDocument } from './searchTypes';

const doc: SearchDocument = { type: 'contact', id: 'k1', title: 'Nguyễn Văn Cẩn', detail: '', caseId: null, date: null, primary: ['Nguyễn Văn Cẩn'], secondary: [], body: [] };

describe('SearchClient', () => {
  it('indexes, searches and removes through the worker protocol', async () => {
    const client = inProcessSearchClient();
    await client.upsert([doc]);
    expect((await client.search('can', { contact: 5 })).groups[0]!.hits[0]!.title).toBe('Nguyễn Văn Cẩn');
    await client.remove('contact', ['k1']);
    expect((await client.search('can', { contact: 5 })).groups).toEqual([]);
    client.close();
  });

  it('turns a failure in the worker into a rejected request, and keeps answering', async () => {
    const index = new SearchIndex();
    const client = inProcessSearchClient(index);
    index.search = () => {
      throw new Error('boom');
    };
    await expect(client.search('x', {})).rejects.toThrow('boom');
    await expect(client.upsert([doc])).resolves.toBeUndefined();
    client.close();
  });

  it('rejects pending and later requests once closed', async () => {
    const client = inProcessSearchClient();
    const pending = client.search('x', {});
    client.close();
    await expect(pending).rejects.toBeInstanceOf(SearchClosedError);
    await expect(client.upsert([doc])).rejects.toBeInstanceOf(SearchClosedError);
  });
});
