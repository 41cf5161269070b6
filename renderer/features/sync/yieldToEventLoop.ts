/**
 * Resolves once the tasks already queued on this thread have run: a long piece of work awaits it
 * between slices so that what is waiting, IndexedDB's answers above all, is not held up behind
 * it. Through a message, not a timer: a chain of nested timers is held back 4 ms each.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // An open port keeps a Node process (the tests) alive.
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
