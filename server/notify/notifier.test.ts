import { testStorage } from '../testing/testDb';
import { describe, expect, it } from 'vitest';
import { createInProcessNotifier } from './notifier';
import { createPgNotifier } from './pgNotifier';

const waitFor = async (check: () => boolean, timeoutMs = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('in-process notifier', () => {
  it('pokes the listeners of one workspace only, until they unsubscribe', async () => {
    const notifier = createInProcessNotifier();
    const heard: string[] = [];
    const stop = notifier.subscribe('w1', (v) => heard.push(`w1:${v}`));
    notifier.subscribe('w2', (v) => heard.push(`w2:${v}`));
    notifier.subscribe('w1', () => {
      throw new Error('a broken stream');
    });
    await notifier.notify('w1', 4);
    stop();
    await notifier.notify('w1', 5);
    await notifier.notify('w2', 1);
    expect(heard).toEqual(['w1:4', 'w2:1']);
    await notifier.close();
  });
});

// Two notifiers stand for two server instances on one PostgreSQL.
describe.skipIf(testStorage() !== 'postgres' || !process.env.DATABASE_URL)('PostgreSQL LISTEN/NOTIFY notifier', () => {
  it('delivers a poke sent by one instance to the listeners of another', async () => {
    const url = process.env.DATABASE_URL as string;
    const first = await createPgNotifier(url);
    const second = await createPgNotifier(url);
    try {
      const heard: number[] = [];
      second.subscribe('w-pg', (v) => heard.push(v));
      await first.notify('w-pg', 42);
      await first.notify('another', 1);
      await waitFor(() => heard.length > 0);
      expect(heard).toEqual([42]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
