import type { Formatter } from '../i18n';
import { maxAttachmentBytes } from './attachmentFiles';

/**
 * The file's size and the limit as the too-large message says them. Rounded, a file a few bytes
 * over reads like the limit itself ("64 MB, over the limit of 64 MB"): then both are given in bytes.
 */
export function sizeOverLimit(size: number, fmt: Pick<Formatter, 'fileSize' | 'number'>): { size: string; limit: string } {
  const rounded = { size: fmt.fileSize(size), limit: fmt.fileSize(maxAttachmentBytes) };
  if (rounded.size !== rounded.limit) return rounded;
  return { size: `${fmt.number(size, 0)} B`, limit: `${fmt.number(maxAttachmentBytes, 0)} B` };
}
