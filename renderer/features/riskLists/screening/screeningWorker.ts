// The screening worker: the screening service (screeningService.ts) behind the worker's messages,
// so re-screening every case against a new version never blocks typing.
import { screeningService } from './screeningService';
import type { ScreeningRequest, ScreeningResponse } from './screeningProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScreeningRequest>) => void) | null;
  postMessage(response: ScreeningResponse): void;
};

const service = screeningService((response) => scope.postMessage(response));
scope.onmessage = (event) => scope.postMessage(service.answer(event.data));
