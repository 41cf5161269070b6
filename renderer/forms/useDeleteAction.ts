import { useState } from 'react';

/** What a failed action says, for the form's error banner ("Not deleted: <reason>"). */
export function failureReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `action`: null when it went through, else why it failed (it is never thrown on). */
export async function attemptAction(action: () => Promise<void>): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (error) {
    return failureReason(error);
  }
}

/**
 * A record form's Delete: asked first (`dialog` spreads into a ConfirmDialog), then `remove`
 * runs; when it fails, the form stays open and `error` holds the reason for its banner, until
 * the next attempt.
 */
export function useDeleteAction(remove: () => Promise<void>) {
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    const reason = await attemptAction(remove);
    if (reason !== null) setError(reason);
  };
  return {
    /** Opens the confirmation (the Delete button's press). */
    ask: () => setConfirming(true),
    error,
    dialog: { isOpen: isConfirming, onOpenChange: setConfirming, onConfirm: confirm },
  };
}
