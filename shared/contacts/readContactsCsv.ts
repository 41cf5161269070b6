import { nameOrders } from '../domain/personName';
import { meetingSides, type MeetingSide } from '../domain/meeting';
import { msg } from '../domain/messageKeys';
import { codeFromSpelling, snakeCase } from '../riskLists/codeSpelling';
import { plainRowError, problemAt } from '../riskLists/fileProblems';
import { issueProblem } from '../riskLists/issueProblem';
import { readCsvTable } from '../riskLists/readCsvTable';
import type { RowError } from '../riskLists/rowError';
import { contactCsvColumns, fieldOfColumn, topicSeparator, type ContactCsvColumn } from './contactCsvColumns';
import { blankContactDraft, checkContactDraft, type ContactDraft } from './contactDraft';

const columnOfField = new Map(Object.entries(fieldOfColumn).map(([column, field]) => [field, column as ContactCsvColumn]));
const allowedOf: Partial<Record<ContactCsvColumn, readonly string[]>> = { name_order: nameOrders.map(snakeCase), side: meetingSides };

/** The header's columns in file order (null where unknown or repeated), and what is wrong with it. */
function readHeader(header: readonly string[]): { columns: (ContactCsvColumn | null)[]; errors: RowError[] } {
  const known = new Set<string>(contactCsvColumns);
  const seen = new Set<string>();
  const errors: RowError[] = [];
  const columns = header.map((written) => {
    const name = written.toLowerCase();
    if (!known.has(name)) {
      errors.push(problemAt(1, written, written, { code: 'csv.unknownColumn', params: { column: written, expected: contactCsvColumns.join(', ') } }));
      return null;
    }
    if (seen.has(name)) {
      errors.push(problemAt(1, written, written, { code: 'csv.repeatedColumn', params: { column: written } }));
      return null;
    }
    seen.add(name);
    return name as ContactCsvColumn;
  });
  return { columns, errors: errors.map(plainRowError) };
}

/** A row's cells as a draft (unchecked); an empty side is null, the import dialog's choice. */
function draftOf(cells: ReadonlyMap<ContactCsvColumn, string>): ContactDraft {
  const cell = (column: ContactCsvColumn) => cells.get(column) ?? '';
  const order = cell('name_order').trim();
  const bothNames = cell('family_name').trim() !== '' && cell('given_name').trim() !== '';
  return {
    ...blankContactDraft(),
    familyName: cell('family_name'),
    givenName: cell('given_name'),
    // With one name part the order changes nothing; with two, an empty cell fails as required.
    nameOrder: (order === '' && !bothNames ? 'givenFirst' : codeFromSpelling(nameOrders, order)) as ContactDraft['nameOrder'],
    title: cell('title'),
    organisation: cell('organisation'),
    unit: cell('unit'),
    country: cell('country'),
    side: cell('side').trim() === '' ? null : (codeFromSpelling(meetingSides, cell('side')) as MeetingSide),
    topics: cell('topics').split(topicSeparator).map((t) => t.trim()).filter((t) => t !== ''),
    email: cell('email'),
    phone: cell('phone'),
    mobile: cell('mobile'),
    timeZone: cell('time_zone'),
    notes: cell('notes'),
  };
}

/**
 * Contacts from our contacts CSV (`contactCsvColumns`, any order, any left out; header matched
 * case-insensitively): UTF-8 with or without BOM, comma, semicolon (vi-VN Excel) or tab. Each row
 * becomes a draft checked with `contactSchema`, or errors naming its spreadsheet row (header = 1)
 * and column; never thrown. An unknown column is an error, and the known ones are still read.
 */
export function readContactsCsv(text: string): { contacts: ContactDraft[]; errors: RowError[] } {
  const table = readCsvTable(text);
  const { columns, errors } = readHeader(table.header);
  errors.unshift(...table.errors.map(plainRowError));
  const contacts: ContactDraft[] = [];
  for (const { row, cells } of table.records) {
    const extra = cells.slice(columns.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      errors.push(plainRowError(problemAt(row, null, extra.join(' '), { code: 'csv.extraCells', params: { cells: String(cells.length), columns: String(columns.length) } })));
      continue;
    }
    const byColumn = new Map<ContactCsvColumn, string>();
    columns.forEach((c, i) => c && byColumn.set(c, cells[i] ?? ''));
    const input = draftOf(byColumn);
    const { draft, issues } = checkContactDraft(input);
    if (draft) contacts.push(draft);
    for (const issue of issues) {
      const column = columnOfField.get(issue.field) ?? 'family_name';
      const value = issue.field === 'topics' ? (input.topics[issue.index ?? 0] ?? '') : (byColumn.get(column) ?? '');
      const key = issue.field === 'nameOrder' && value.trim() === '' ? msg.required : issue.message;
      errors.push(plainRowError(problemAt(row, column, value, issueProblem(key, { column, value, allowed: allowedOf[column] }))));
    }
  }
  return { contacts, errors };
}
