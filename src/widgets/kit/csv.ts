/** A table of plotted values: shown in the widget's <details> and downloaded as CSV. */
export interface TableData {
  readonly caption: string;
  readonly columns: ReadonlyArray<{ readonly key: string; readonly label: string; readonly digits?: number }>;
  readonly rows: ReadonlyArray<Readonly<Record<string, number | string>>>;
}

function cell(v: number | string | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : '';
  // Quote when needed; neutralise spreadsheet formulas.
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line ends) with full-precision numbers; non-finite numbers are empty cells. */
export function toCsv(table: TableData): string {
  const lines = [table.columns.map((c) => cell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
