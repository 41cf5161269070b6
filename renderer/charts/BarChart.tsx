import { Bar, CartesianGrid, Legend, BarChart as RechartsBarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartRows, chartSummary, seriesColour, type ChartSeries } from './chartModel';
import { ChartTable } from './ChartTable';
import './charts.css';

export interface BarChartProps {
  /** Shown above the chart and first in its spoken summary. */
  title: string;
  /** The x axis, in order (periods, countries…), already in the UI language. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Numbers in the UI language (`fmt.number`); plain digits otherwise. */
  formatValue?: (value: number) => string;
  /** The spoken summary, when the generated one (`chartSummary`) would not say it well. */
  summary?: string;
  /** The label of the table's first column header (what the categories are: "Period"). */
  categoryLabel: string;
  /** Words for the control that shows the figures as a table ("Show the figures as a table"). */
  tableLabel: string;
  /** Bars of a category stacked rather than side by side. */
  stacked?: boolean;
  height?: number;
}

/**
 * A bar chart that every officer can read: drawn with recharts as SVG (the app's font and colour
 * tokens apply; nothing runs `eval` or injects styles, so the strict CSP holds), exposed to
 * assistive technology as one image with a summary of every figure, and followed by the same
 * figures as a table. The chart itself takes no focus: the table is the way in for the keyboard.
 */
export function BarChart({ title, categories, series, formatValue = String, summary, categoryLabel, tableLabel, stacked = false, height = 260 }: BarChartProps) {
  const rows = chartRows(categories, series);
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <div role="img" aria-label={summary ?? chartSummary(title, categories, series, formatValue)} className="chart-canvas">
        <RechartsBarChart data={rows} responsive accessibilityLayer={false} style={{ width: '100%', height }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="category" tick={{ fill: 'var(--color-muted)' }} stroke="var(--color-border-strong)" />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => formatValue(v)} tick={{ fill: 'var(--color-muted)' }} stroke="var(--color-border-strong)" width={40} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} isAnimationActive={false} />
          {/* In the order given, as the table's columns (recharts sorts by name unless told). */}
          <Legend itemSorter={null} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={seriesColour(s, i)} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
          ))}
        </RechartsBarChart>
      </div>
      <ChartTable title={title} categories={categories} series={series} formatValue={formatValue} categoryLabel={categoryLabel} toggleLabel={tableLabel} />
    </figure>
  );
}
