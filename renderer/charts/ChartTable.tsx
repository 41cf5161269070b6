import type { ChartSeries } from './chartModel';

interface ChartTableProps {
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  formatValue: (value: number) => string;
  categoryLabel: string;
  toggleLabel: string;
}

/**
 * A chart's figures as a table, behind a disclosure so the page does not show them twice: a
 * native `<details>`, which every browser and screen reader opens by keyboard without script.
 */
export function ChartTable({ title, categories, series, formatValue, categoryLabel, toggleLabel }: ChartTableProps) {
  return (
    <details className="chart-table">
      <summary>{toggleLabel}</summary>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {series.map((s) => {
                const value = s.values[i];
                return <td key={s.key}>{value === null || value === undefined ? '–' : formatValue(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
