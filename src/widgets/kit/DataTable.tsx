/** The plotted values as an accessible table (first column as row headers). */
import type { JSX } from 'preact';
import { memo } from './memo';
import type { TableData } from './csv';
import { fmt } from './format';

function DataTableImpl({ table }: { table: TableData }): JSX.Element {
  const cols = table.columns;
  return (
    <div class="kit-table-wrap">
      <table class="kit-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {cols.map((c, j) => {
                const v = row[c.key];
                const text = typeof v === 'number' ? (c.format ? c.format(v) : fmt(v, c.digits ?? 2)) : (v ?? '');
                return j === 0 ? (
                  <th scope="row" key={c.key}>
                    {text}
                  </th>
                ) : (
                  <td key={c.key}>{text}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Re-renders only when the table object changes (Widget builds it only while it is open). */
export const DataTable = memo(DataTableImpl);
