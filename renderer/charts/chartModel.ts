/**
 * Colours of a chart's series, from the design tokens (renderer/styles/tokens.css) so a chart
 * reads like the rest of the app. SVG takes `var(--…)` in its fill, so a change of token reaches
 * every chart; the order keeps neighbouring series apart in hue and in lightness.
 */
export const chartTones = {
  primary: 'var(--color-primary)',
  success: 'var(--color-success)',
  warning: 'var(--color-warning)',
  danger: 'var(--color-danger)',
  progress: 'var(--color-progress)',
  info: 'var(--color-info)',
  muted: 'var(--color-muted)',
} as const;
export type ChartTone = keyof typeof chartTones;
const toneOrder: readonly ChartTone[] = ['primary', 'warning', 'success', 'progress', 'danger', 'info', 'muted'];

/** One series: a value per category (null where there is none, drawn as no bar and an empty cell). */
export interface ChartSeries {
  /** Stable id, unique within the chart. */
  key: string;
  label: string;
  values: readonly (number | null)[];
  tone?: ChartTone;
}

/** The colour a series is drawn in: its own tone, else the next one in turn. */
export function seriesColour(series: Pick<ChartSeries, 'tone'>, index: number): string {
  return chartTones[series.tone ?? (toneOrder[index % toneOrder.length] as ChartTone)];
}

/** Rows for the chart library: one object per category, `category` and one value per series key. */
export function chartRows(categories: readonly string[], series: readonly ChartSeries[]): Record<string, string | number | null>[] {
  return categories.map((category, i) => Object.fromEntries([['category', category], ...series.map((s) => [s.key, s.values[i] ?? null])]));
}

/**
 * What a screen reader hears for the chart (its `aria-label`): the title, then each category with
 * every series' value, "Jan 2026: Sent 3, Received 0". Only labels and figures, in the words the
 * caller gave, so it reads in the UI language; the table beside the chart holds the same figures.
 */
export function chartSummary(title: string, categories: readonly string[], series: readonly ChartSeries[], formatValue: (value: number) => string): string {
  if (categories.length === 0) return title;
  const parts = categories.map((category, i) => {
    const values = series.map((s) => {
      const value = s.values[i];
      return `${s.label} ${value === null || value === undefined ? '–' : formatValue(value)}`;
    });
    return `${category}: ${values.join(', ')}`;
  });
  return `${title}. ${parts.join('; ')}.`;
}
