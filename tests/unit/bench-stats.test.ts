import { describe, expect, it } from 'vitest';
import { bootstrap, estimate, pairedDifference, pairedRatio } from '../../bench/stats';

describe('the bench’s statistics (bench/stats.ts)', () => {
  it('gives the same interval for the same measurements, and one that holds the median', () => {
    const values = [101, 98, 130, 99, 102, 97, 100, 250, 103, 96, 99, 101];
    const [low, high] = bootstrap(values);
    expect(bootstrap(values)).toEqual([low, high]);
    expect(low).toBeLessThanOrEqual(100);
    expect(high).toBeGreaterThanOrEqual(100);
    // One slow outlier moves the mean, not the median's interval much.
    expect(high - low).toBeLessThan(10);
  });

  it('narrows with more runs of the same spread', () => {
    const few = [90, 110, 95, 105, 100];
    const many = Array.from({ length: 40 }, (_, index) => few[index % 5]!);
    const width = (values: number[]) => {
      const [low, high] = bootstrap(values);
      return high - low;
    };
    expect(width(many)).toBeLessThan(width(few));
  });

  it('compares pair by pair: a steady 2% cost reads 1.02 whatever the machine did between pairs', () => {
    const without = [100, 140, 90, 200, 120, 110, 95, 160];
    const ratio = pairedRatio(
      without.map((value) => value * 1.02),
      without,
    );
    expect(ratio.median).toBe(1.02);
    expect(ratio.ci).toEqual([1.02, 1.02]);
    expect(estimate([1, 2, 3]).runs).toBe(3);
  });

  it('takes the machine’s floor off pair by pair, so a slow moment that slows both cancels out', () => {
    // The machine slows down half-way: both the floor and the total take 60 ms longer.
    const floors = [40, 42, 41, 100, 101, 99];
    const ours = pairedDifference(
      floors.map((floor) => floor + 50),
      floors,
    );
    expect(ours).toMatchObject({ median: 50, p95: 50, ci: [50, 50], runs: 6 });
    expect(() => pairedDifference([1, 2], [1])).toThrow(/pairs/);
  });
});
