import type { TFunction } from 'i18next';
import { parseHlc } from '../../../shared/sync';

// Tables, fields and values read as `renderer/records` names them, as in the audit log.
export { fieldLabel, formatFieldValue, tableLabel } from '../../records';

/** The wall-clock moment embedded in an HLC as an ISO datetime, or null when it is not an HLC. */
export function hlcToIso(hlc: string): string | null {
  try {
    return new Date(parseHlc(hlc).ms).toISOString();
  } catch {
    return null;
  }
}

/** The member's name, or "an unknown member" when the server no longer knows it. */
export function authorName(t: TFunction, author: string): string {
  return author.trim() === '' ? t('conflicts.conflict.unknownAuthor') : author;
}
