import type { SimReport } from './simulation';

/** A short human summary of a sweep: how much of the fault space it actually exercised. */
export function formatReport(report: SimReport): string {
  const t = report.totals;
  const rejected = Object.entries(t.rejected).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  return [
    `sync simulation ${report.ok ? 'passed' : 'FAILED'}: seed ${report.seed}, ${t.runs} runs in ${(report.durationMs / 1000).toFixed(1)} s`,
    `  ${t.commands} commands, ${t.commits} local commits (${t.resolutions} conflict resolutions); server answers: ${t.applied} applied, ${t.conflicted} conflicted, ${t.duplicates} duplicate; rejected: ${rejected}`,
    `  recorded on the server: ${t.conflictRows} conflicts, ${t.historyRows} history entries (losing values kept)`,
    `  ${t.faultsFired} network faults fired, ${t.replays} late replays, ${t.restarts} client restarts; quiescence within ${t.maxQuiescenceRounds} round(s)`,
    ...(report.failure ? [report.failure] : []),
  ].join('\n');
}
