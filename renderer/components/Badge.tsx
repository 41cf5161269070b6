import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger';

/** A short label with a tone. Colour is never the only signal: the text always says it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/**
 * Tones for the statuses of the shared state machines (cases, verification requests, action
 * items). A status not listed here shows as neutral.
 */
export const statusTones: Readonly<Record<string, BadgeTone>> = {
  draft: 'neutral',
  open: 'info',
  awaitingReply: 'warning',
  replyReceived: 'progress',
  closed: 'success',
  archived: 'neutral',
  overdue: 'danger',
};

/** A record's status with its translated `label`, toned by `status`. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <Badge tone={statusTones[status] ?? 'neutral'}>{label}</Badge>;
}
