import type { TFunction } from 'i18next';
import { formatHsCode } from '../../shared/domain';
import type { Formatter } from '../i18n';
import { fieldKind, type FieldKind } from './fieldKinds';
import { enumLabel } from './recordLabels';

/** A case as other records point at it: named by its reference, linked by its id. */
export interface CaseRef {
  id: string;
  reference: string;
  title: string;
}

/** What values that hold ids read as: the cases a screen has read (`loadRecordRefs`). */
export interface RecordRefs {
  cases: ReadonlyMap<string, CaseRef>;
}

export interface ValueOptions {
  /** Longer text is cut with an ellipsis (a line of history stays one glance long). */
  maxLength?: number;
  /** Without it a case id reads as "a case not on this device", never as the id. */
  refs?: RecordRefs;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A field value as people read it, in the UI language: enumerations in words (statuses, roles,
 * identifier schemes…), countries and currencies by name, dates as "05 Jan 2026", HS codes as
 * 7604.29, case ids as the case's reference, file sizes in KB/MB; empty values as "(empty)".
 */
export function formatFieldValue(t: TFunction, fmt: Formatter, table: string, field: string, value: unknown, options: ValueOptions = {}): string {
  const text = plainValue(t, fmt, fieldKind(table, field), value, options.refs);
  if (text === '') return t('records.values.empty');
  const max = options.maxLength ?? Infinity;
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;
}

function plainValue(t: TFunction, fmt: Formatter, kind: FieldKind | undefined, value: unknown, refs: RecordRefs | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const items = value.map((item) => plainValue(t, fmt, kind, item, refs)).filter((s) => s !== '');
    // Identifiers and case names may hold commas themselves.
    return items.join(kind === 'identifiers' || kind === 'caseRef' ? '; ' : ', ');
  }
  if (typeof value === 'boolean') return t(value ? 'records.values.yes' : 'records.values.no');
  if (kind === 'identifiers' && typeof value === 'object') return identifierText(t, value as { scheme?: unknown; value?: unknown });
  if (typeof value === 'number') return kind === 'fileSize' ? fmt.fileSize(value) : fmt.number(value, 6);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (value === '') return '';
  if (typeof kind === 'object') return enumLabel(t, kind.enum, value);
  switch (kind) {
    case 'caseRef':
      return refs?.cases.get(value)?.reference ?? t('records.values.missingCase');
    case 'country':
      return fmt.countryName(value);
    case 'currency':
      return currencyText(t, fmt, value);
    case 'hsCode':
      return hsCodeText(value);
    case 'port':
      return /^[A-Z]{2}/.test(value) ? `${value} (${fmt.countryName(value.slice(0, 2))})` : value;
    case 'mediaType':
      return mediaTypeText(t, value);
    case 'date':
      return fmt.date(value);
    case 'dateTime':
      return fmt.dateTime(value);
    case undefined:
      // A field no table here describes: dates still read as dates.
      return isoDate.test(value) ? fmt.date(value) : isoDateTime.test(value) ? fmt.dateTime(value) : value;
    default:
      return value;
  }
}

/** "7604.29", "7604.29.10": the dotted form of the tariff (stored as bare digits). */
export function hsCodeText(code: string): string {
  return formatHsCode(code);
}

function identifierText(t: TFunction, id: { scheme?: unknown; value?: unknown }): string {
  const scheme = typeof id.scheme === 'string' ? enumLabel(t, 'identifierScheme', id.scheme) : '';
  return t('records.values.identifier', { scheme, value: String(id.value ?? '') });
}

function currencyText(t: TFunction, fmt: Formatter, code: string): string {
  const name = fmt.currencyName(code);
  return name && name !== code ? t('records.values.currency', { name, code }) : code;
}

const mediaFamilies: [RegExp, string][] = [
  [/^application\/pdf$/, 'pdf'],
  [/^application\/(msword|vnd\.openxmlformats-officedocument\.wordprocessingml\..*|vnd\.oasis\.opendocument\.text|rtf)$/, 'word'],
  [/^(application\/(vnd\.ms-excel|vnd\.openxmlformats-officedocument\.spreadsheetml\..*|vnd\.oasis\.opendocument\.spreadsheet))$/, 'spreadsheet'],
  [/^application\/(vnd\.ms-powerpoint|vnd\.openxmlformats-officedocument\.presentationml\..*)$/, 'presentation'],
  [/^text\/csv$/, 'csv'],
  [/^text\/plain$/, 'text'],
  [/^(message\/rfc822|application\/vnd\.ms-outlook)$/, 'email'],
  [/^application\/(zip|x-7z-compressed|x-rar-compressed|gzip|x-tar)$/, 'archive'],
];

/** "PDF document", "Image (JPEG)": a file's type as people name it, never a bare MIME type. */
export function mediaTypeText(t: TFunction, mediaType: string): string {
  const image = /^image\/([a-z0-9.+-]+)$/.exec(mediaType);
  if (image) return t('records.values.mediaType.image', { format: image[1]!.replace(/^x-/, '').replace(/\+xml$/, '').toUpperCase() });
  const family = mediaFamilies.find(([pattern]) => pattern.test(mediaType))?.[1];
  return family ? t(`records.values.mediaType.${family}`) : t('records.values.mediaType.other', { type: mediaType });
}
