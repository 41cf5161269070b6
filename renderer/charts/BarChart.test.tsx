import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';
import { chartRows, chartSummary, seriesColour, type ChartSeries } from './chartModel';

const series: ChartSeries[] = [
  { key: 'sent', label: 'Sent', values: [3, 0, 1200] },
  { key: 'received', label: 'Received', values: [0, 1, null], tone: 'success' },
];
const categories = ['Jan 2026', 'Feb 2026', 'Mar 2026'];
const viNumber = (n: number) => new Intl.NumberFormat('vi').format(n);

describe('chart model', () => {
  it('speaks every figure after the title, in the words and number format given', () => {
    expect(chartSummary('Requests', categories, series, viNumber)).toBe(
      'Requests. Jan 2026: Sent 3, Received 0; Feb 2026: Sent 0, Received 1; Mar 2026: Sent 1.200, Received –.',
    );
    expect(chartSummary('Requests', [], series, String)).toBe('Requests');
  });

  it('colours series from the design tokens, a chosen tone first', () => {
    expect(seriesColour(series[0] as ChartSeries, 0)).toBe('var(--color-primary)');
    expect(seriesColour(series[1] as ChartSeries, 1)).toBe('var(--color-success)');
    expect(seriesColour({}, 1)).toBe('var(--color-warning)');
  });

  it('gives the chart library one row per category', () => {
    expect(chartRows(categories, series)[2]).toEqual({ category: 'Mar 2026', sent: 1200, received: null });
  });
});

describe('BarChart', () => {
  const html = renderToStaticMarkup(
    <BarChart title="Requests sent and received" categories={categories} series={series} categoryLabel="Period" tableLabel="Show the figures as a table" formatValue={viNumber} />,
  );

  it('is one image for assistive technology, labelled with its title and every figure', () => {
    const label = /role="img" aria-label="([^"]*)"/.exec(html)?.[1];
    expect(label).toBe('Requests sent and received. Jan 2026: Sent 3, Received 0; Feb 2026: Sent 0, Received 1; Mar 2026: Sent 1.200, Received –.');
    expect(html).toContain('<figcaption class="chart-title">Requests sent and received</figcaption>');
  });

  it('holds the same figures as a table behind a disclosure', () => {
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html).toContain('<summary>Show the figures as a table</summary>');
    expect(text).toContain('Period Sent Received Jan 2026 3 0 Feb 2026 0 1 Mar 2026 1.200 –');
    expect(html).toMatch(/<th scope="row">Jan 2026<\/th>/);
  });
});
