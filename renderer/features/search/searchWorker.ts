// The search worker: holds the index (decrypted text) off the main thread, so indexing 50k records
// at unlock and searching on every keystroke never stall the page. It lives and dies with the page:
// locking reloads the page (`lockSession`), which ends this worker and the text it holds.
import { SearchIndex } from './SearchIndex';
import { answerSearchRequest, type SearchRequest, type SearchResponse, type SearchState } from './searchProtocol';

const state: SearchState = { index: new SearchIndex() };
// The renderer's types are the DOM's; a worker's global is typed by the little it uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(response: SearchResponse): void;
};
scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  scope.postMessage(answerSearchRequest(state, event.data));
};
