import { SearchClient, type SearchPort } from './SearchClient';
import { SearchIndex } from './SearchIndex';
import { answerSearchRequest, type SearchRequest, type SearchResponse } from './searchProtocol';

/**
 * A search client whose "worker" is an index in this thread, answering asynchronously as a worker
 * would: the same protocol and logic without a Worker (Node tests have none).
 */
export function inProcessSearchClient(index = new SearchIndex()): SearchClient {
  const state = { index };
  let terminated = false;
  const port: SearchPort = {
    onmessage: null,
    onerror: null,
    postMessage(request: SearchRequest) {
      // Through structured cloning, as postMessage copies: nothing shared by reference.
      const copy = structuredClone(request);
      setTimeout(() => {
        if (terminated) return;
        const response: SearchResponse = structuredClone(answerSearchRequest(state, copy));
        port.onmessage?.({ data: response } as MessageEvent<SearchResponse>);
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return new SearchClient(port);
}
