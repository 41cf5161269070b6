// The server's resident memory over the load run, and whether it stayed flat: a leak grows with
// every request served, so under steady load the last third of the run would sit clearly above the
// first. Garbage collection makes RSS saw-tooth, hence medians of thirds rather than two samples.
import { median, round } from '../sync/stats';

export interface RssSample {
  /** Seconds since the measured run began. */
  s: number;
  mb: number;
}

/** Growth allowed between the first and the last third's median before memory is called growing. */
export const flatGrowthPercent = 10;

export function memoryVerdict(samples: readonly RssSample[]) {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const first = median(samples.slice(0, third).map((x) => x.mb));
  const last = median(samples.slice(-third).map((x) => x.mb));
  const growthPercent = ((last - first) / first) * 100;
  return {
    firstThirdMedianMb: round(first),
    lastThirdMedianMb: round(last),
    growthPercent: round(growthPercent),
    slopeMbPerMinute: round(slopePerMinute(samples), 2),
    peakMb: round(Math.max(...samples.map((x) => x.mb))),
    flat: samples.length >= 3 && growthPercent <= flatGrowthPercent,
  };
}

/** Least-squares slope of MiB over time, per minute. */
function slopePerMinute(samples: readonly RssSample[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const meanS = samples.reduce((a, x) => a + x.s, 0) / n;
  const meanMb = samples.reduce((a, x) => a + x.mb, 0) / n;
  let num = 0;
  let den = 0;
  for (const x of samples) {
    num += (x.s - meanS) * (x.mb - meanMb);
    den += (x.s - meanS) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 60;
}
