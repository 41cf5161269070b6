/**
 * One problem found in an imported risk list, shown to the attaché in the import's error table
 * (and exportable as CSV), so it names the place as a spreadsheet does.
 *
 * - `row`: CSV: the record as a spreadsheet numbers it, header = 1, first data record = 2;
 *   a quoted cell spanning several lines is still one row. JSON: `entries[i]` is row `i + 1`,
 *   and row 0 is the document itself (not JSON, no `entries` array, bad `list` metadata).
 * - `column`: the CSV column as written in the header (`source_ref`), or for JSON the field path
 *   (`identifiers[0].value`); null when the problem belongs to the whole row or file.
 * - `value`: the offending text as the file has it ('' when missing).
 * - `message`: an English sentence saying what is wrong and what is expected.
 */
export interface RowError {
  row: number;
  column: string | null;
  value: string;
  message: string;
}
