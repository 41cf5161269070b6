import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from './yieldToEventLoop';

describe('yieldToEventLoop', () => {
  it('lets a task queued before it run first, which a resolved promise would not', async () => {
    const ran: string[] = [];
    const queued = new MessageChannel();
    queued.port1.onmessage = () => {
      ran.push('queued task');
      queued.port1.close();
    };
    queued.port2.postMessage(null);
    await Promise.resolve();
    ran.push('after a microtask');
    await yieldToEventLoop();
    ran.push('after yielding');
    expect(ran).toEqual(['after a microtask', 'queued task', 'after yielding']);
  });
});
