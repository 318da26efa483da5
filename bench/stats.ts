/** Median and spread of repeated measurements; p10/p90 interpolate between ranks. */
export interface Summary {
  runs: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  samples: number[];
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(pos)] ?? NaN;
  const hi = sorted[Math.ceil(pos)] ?? NaN;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    runs: samples.length,
    median: round(quantile(sorted, 0.5)),
    p10: round(quantile(sorted, 0.1)),
    p90: round(quantile(sorted, 0.9)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
    samples: samples.map(round),
  };
}
