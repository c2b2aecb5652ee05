// UI: a comparison answer's table (AskResult.comparison): one column per product, one row per fact.
// Plain text cells from catalog fields; a real <table> with header cells, so screen readers can read it.
import type { ComparisonTable as Table } from '../protocol/assistant.ts';
import { useUi } from './ui-context.ts';

export function ComparisonTable({ table }: { table: Table }) {
  const { t } = useUi();
  return (
    <div class="msg-compare" role="region" aria-label={t.comparison} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <td />
            {table.products.map((p) => (
              <th key={p.id} scope="col">
                {p.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, i) => (
                <td key={i}>{v || '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
