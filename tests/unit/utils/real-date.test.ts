import { describe, expect, it } from 'vitest';
import { isRealDate } from '@/utils/rules/real-date';

describe('a real date or instant (backups, panel links, messages)', () => {
  it('takes real days and instants in the span', () => {
    for (const text of [
      '2026-03-12',
      '2024-02-29',
      '2026-03-12T09:00:00.000Z',
      '2026-03-12T09:00+01:00',
      '1970-01-01',
      '2100-12-31T23:59:59Z',
    ])
      expect(isRealDate(text), text).toBe(true);
  });

  it('refuses what only looks like one', () => {
    for (const text of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '9999-99-99',
      '1969-12-31',
      '2101-01-01',
      '2026-03-12T25:00:00Z',
      '2026-3-12',
      'soon',
      '',
    ])
      expect(isRealDate(text), text).toBe(false);
  });
});
