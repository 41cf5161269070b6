import { useEffect } from 'react';
import { lockSession } from '../../security/session';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

const lockNow = () => lockSession();

/**
 * Locks after `minutes` without keyboard, pointer or wheel activity in this window (`null`:
 * never). Activity only notes the time; one timer wakes when the idle time could be up and
 * re-arms for what remains.
 */
export function useIdleLock(minutes: number | null, lock: () => void = lockNow): void {
  useEffect(() => {
    if (minutes === null) return;
    const idleMs = minutes * 60_000;
    let lastActivity = Date.now();
    let timer = setTimeout(check, idleMs);
    function check() {
      const idle = Date.now() - lastActivity;
      if (idle >= idleMs) lock();
      else timer = setTimeout(check, idleMs - idle);
    }
    const onActivity = () => {
      lastActivity = Date.now();
    };
    for (const type of activityEvents) window.addEventListener(type, onActivity, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of activityEvents) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [minutes, lock]);
}
