import { EventEmitter } from 'node:events';
import { expect, it, vi } from 'vitest';
import { lockOnPowerEvents } from './powerLock';

it('locks every window when the session locks or the computer suspends, and not on resume or unlock', () => {
  const monitor = new EventEmitter();
  const lock = vi.fn();
  lockOnPowerEvents(monitor as never, lock);
  monitor.emit('resume');
  monitor.emit('unlock-screen');
  expect(lock).not.toHaveBeenCalled();
  monitor.emit('lock-screen');
  monitor.emit('suspend');
  expect(lock).toHaveBeenCalledTimes(2);
});
