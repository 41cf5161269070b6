/**
 * Charts below the features (it imports none): a bar chart drawn with recharts in the app's
 * tokens, spoken as one image with every figure and followed by the same figures as a table.
 */
export { BarChart, type BarChartProps } from './BarChart';
export { chartSummary, chartTones, type ChartSeries, type ChartTone } from './chartModel';
