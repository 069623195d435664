/**
 * Figures whose answer does not depend on the run (issue 25): the median with a 95%
 * bootstrap confidence interval, and comparisons as the median of paired ratios (with and
 * without, measured back to back) with their interval. The resampling is seeded, so the
 * same measurements always give the same interval.
 */
import { quantile } from './results';
import { seeded } from '../utils/rules/questions/suggest';

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** The percentile bootstrap interval of `statistic` (the median unless said) at `confidence`. */
export function bootstrap(
  values: readonly number[],
  {
    statistic = median,
    resamples = 2000,
    confidence = 0.95,
    seed = 'bench',
  }: { statistic?: (values: number[]) => number; resamples?: number; confidence?: number; seed?: string } = {},
): [number, number] {
  if (values.length === 0) return [NaN, NaN];
  // The suggestions' own seeded generator: the same measurements, the same interval.
  const next = seeded(seed);
  const estimates: number[] = [];
  for (let round = 0; round < resamples; round++) {
    const sample = Array.from({ length: values.length }, () => values[Math.floor(next() * values.length)]!);
    estimates.push(statistic(sample));
  }
  const tail = (1 - confidence) / 2;
  return [quantile(estimates, tail), quantile(estimates, 1 - tail)];
}

export interface Estimate {
  median: number;
  p95: number;
  /** 95% bootstrap interval of the median. */
  ci: [number, number];
  runs: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Median, p95 and the median's interval, rounded to `digits` decimals. */
export function estimate(values: readonly number[], digits = 0): Estimate {
  const [low, high] = bootstrap(values);
  return {
    median: round(median(values), digits),
    p95: round(quantile(values, 0.95), digits),
    ci: [round(low, digits), round(high, digits)],
    runs: values.length,
  };
}

/** With ÷ without, pair by pair (each pair measured back to back): the ratio's median and interval. */
export function pairedRatio(withValues: readonly number[], withoutValues: readonly number[]): Estimate {
  if (withValues.length !== withoutValues.length) throw new Error('paired measurements come in pairs');
  return estimate(
    withValues.map((value, index) => value / withoutValues[index]!),
    3,
  );
}

/**
 * Ours, apart from the machine's: `total` − `floor`, pair by pair (each floor measured just
 * before its total, e.g. an empty extension page before the popup): median, p95 and interval.
 */
export function pairedDifference(totals: readonly number[], floors: readonly number[]): Estimate {
  if (totals.length !== floors.length) throw new Error('paired measurements come in pairs');
  return estimate(totals.map((value, index) => value - floors[index]!));
}

/** The runs after the first `warmUp` (a fresh browser's first loads compile and cache). */
export const afterWarmUp = <T>(values: readonly T[], warmUp: number): T[] => values.slice(warmUp);
