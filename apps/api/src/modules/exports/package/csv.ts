/** Characters that make a spreadsheet treat a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
  /** Free text typed by people: neutralise a leading formula character with `'`. Ids and hashes are left raw. */
  freeText?: boolean;
}

function cell(value: string | number | null, freeText: boolean): string {
  let text = value === null ? '' : String(value);
  if (freeText && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function renderCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => cell(c.header, false)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => cell(c.value(row), c.freeText === true)).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const list = (values: readonly string[]): string => values.join(';');
