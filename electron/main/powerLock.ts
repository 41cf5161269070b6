// When the operating system locks the session or the laptop goes to sleep, Attaché locks too: the
// renderer is told exactly as if the officer chose File > Lock (it forgets the key and reloads).
import type { PowerMonitor } from 'electron';

/** The powerMonitor events that lock the app. */
export const lockingPowerEvents = ['lock-screen', 'suspend'] as const;

export function lockOnPowerEvents(powerMonitor: Pick<PowerMonitor, 'on'>, lockAllWindows: () => void): void {
  for (const event of lockingPowerEvents) powerMonitor.on(event as 'lock-screen', lockAllWindows);
}
