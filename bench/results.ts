/**
 * Results of `npm run bench`: every bench file adds its figures to
 * bench/results/<date>.json (one file a day, merged), which docs/PERFORMANCE.md
 * is written from.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatISO } from 'date-fns';

export interface Figure {
  median: number;
  p95: number;
  runs: number;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Median and p95 of repeated measurements, rounded to `digits` decimals. */
export function figure(values: readonly number[], digits = 0): Figure {
  const round = (value: number) => Number(value.toFixed(digits));
  return { median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)), runs: values.length };
}

export const RESULTS_FILE = join(import.meta.dirname, 'results', `${formatISO(new Date(), { representation: 'date' })}.json`);

/** Sets `path` (dot-separated) in today's results file, keeping what other bench files wrote. */
export function recordResults(path: string, value: unknown): void {
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  const results = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : {};
  const keys = path.split('.');
  let node = results;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (node[key] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
  results.date = new Date().toISOString();
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}
