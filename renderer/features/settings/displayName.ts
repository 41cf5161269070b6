import { toNfc } from '../../../shared/domain';

export const maxDisplayNameLength = 100;

/**
 * Normalises a display name for the audit log: NFC (so "Nguyễn" typed on any keyboard is one
 * string), trimmed, inner whitespace collapsed. Returns an i18n error key when unusable.
 */
export function checkDisplayName(input: string): { value: string; errorKey: string | null } {
  const value = toNfc(input).trim().replace(/\s+/g, ' ');
  if (!value) return { value, errorKey: 'settings.profile.nameRequired' };
  if (value.length > maxDisplayNameLength) return { value, errorKey: 'settings.profile.nameTooLong' };
  return { value, errorKey: null };
}
