import { describe, expect, it } from 'vitest';
import { i18n as library } from '#i18n';
import { i18n as page } from '@/utils/rules/page-i18n';

describe('the content scripts’ reader of the catalogue', () => {
  it('answers exactly as @wxt-dev/i18n does: plain, named, counted, all three', () => {
    const cases: [string, ...unknown[]][] = [
      ['warning.move'],
      ['warning.titleOne', { name: 'Sam Rivera' }],
      ['warning.lastMet', { when: '3 days ago', day: 'Thu 5 Mar' }],
      ['dates.daysAgo', 1],
      ['dates.daysAgo', 12],
      ['warning.cancelled', 0, { first: 'Sam' }],
      ['warning.cancelled', 1, { first: 'Sam' }],
      ['warning.cancelled', 7, { first: 'Sam' }],
      ['warning.titleOne', { name: '{first} $1 $$' }],
      ['dock.offer'],
    ];
    for (const [key, ...args] of cases) {
      const t = (reader: typeof library) => (reader.t as (key: string, ...args: unknown[]) => string)(key, ...args);
      expect(t(page), key).toBe(t(library));
      expect(t(page), key).not.toBe('');
    }
  });
});
