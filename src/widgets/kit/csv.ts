/** A table of plotted values: shown in the widget's <details> and downloaded as CSV. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  /** Decimals of numbers in the shown table (default 2; the CSV has full precision). */
  readonly digits?: number;
  /** How the shown table writes a number of this column (instead of `digits`); the CSV keeps the number. */
  readonly format?: (value: number) => string;
}

export interface TableData {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<Readonly<Record<string, number | string>>>;
}

function cell(v: number | string | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : '';
  // Text only: quote when needed; neutralise spreadsheet formulas. Numbers stay numbers (above),
  // so a negative value is never prefixed.
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line ends) with full-precision numbers; non-finite numbers are empty cells. */
export function toCsv(table: TableData): string {
  const lines = [table.columns.map((c) => cell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
