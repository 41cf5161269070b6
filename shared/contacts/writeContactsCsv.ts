import Papa from 'papaparse';
import type { Contact } from '../domain/contact';
import { snakeCase } from '../riskLists/codeSpelling';
import { contactCsvColumns, fieldOfColumn, topicSeparator } from './contactCsvColumns';
import type { ContactDraft } from './contactDraft';

function cellOf(c: Contact | ContactDraft, column: (typeof contactCsvColumns)[number]): string {
  const value = c[fieldOfColumn[column]];
  if (Array.isArray(value)) return value.join(topicSeparator);
  return column === 'name_order' ? snakeCase(String(value)) : (value ?? '');
}

/**
 * Contacts as our contacts CSV, which `readContactsCsv` reads back to the same contacts: the
 * header of `contactCsvColumns`, RFC 4180 quoting by Papa.unparse, CRLF, and a UTF-8 BOM so Excel
 * reads Vietnamese as UTF-8. A draft's null side is an empty cell. No formula guard (as
 * `writeRiskListCsv` explains): a leading `'` would come back as part of a `+84…` phone number.
 * A topic cannot hold `|`.
 */
export function writeContactsCsv(contacts: readonly (Contact | ContactDraft)[]): string {
  const rows = contacts.map((c) => contactCsvColumns.map((column) => cellOf(c, column)));
  return `\ufeff${Papa.unparse([[...contactCsvColumns], ...rows], { newline: '\r\n' })}`;
}
