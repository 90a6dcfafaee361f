/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
  /**
   * Written exactly as is, never prefixed: only for columns a program reads back (`kushim-verify` reads run_id,
   * check_id, status and result_sha256) whose values cannot start with a formula character anyway.
   */
  raw?: boolean;
}

/**
 * One field: a value starting with a formula character gets a leading `'` (spreadsheets then show it as text),
 * then RFC 4180 quoting when it holds a comma, a double quote or a line break.
 */
export function csvField(value: string | number | null, raw = false): string {
  let text = value === null ? '' : String(value);
  if (!raw && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header row, then one record per row, every line ended by CRLF. */
export function renderCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header, true)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(column.value(row), column.raw === true)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A list inside one field: `a;b;c`. */
export const csvList = (values: readonly string[]): string => values.join(';');
