// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clockText, dayText, daysText, loadDateLocale, meetingStatusText } from '@/utils/rules/dates';

const setLanguage = (language: string) => Object.defineProperty(globalThis.navigator, 'language', { value: language, configurable: true });

afterEach(async () => {
  setLanguage('en-GB');
  await loadDateLocale();
});

describe('dates in the user’s own format', () => {
  const thursday = new Date(2026, 2, 5, 14, 30);

  it('writes a day the way the browser’s language does', async () => {
    expect(dayText(thursday)).toBe('Thu, 5 Mar 2026');
    expect(dayText(thursday, { year: false })).toBe('Thu, 5 Mar');
    setLanguage('en-US');
    expect(dayText(thursday)).toBe('Thu, Mar 5, 2026');
    expect(dayText(thursday, { year: false })).toBe('Thu, Mar 5');
    expect(clockText(thursday)).toBe('2:30 PM');
    setLanguage('de-AT');
    // Until its format is loaded, a page would write American English; pages load it before their first render.
    expect(dayText(thursday)).toBe('Thu, Mar 5, 2026');
    await loadDateLocale();
    expect(dayText(thursday)).toBe('Do., 5. März 2026');
    expect(dayText(thursday, { year: false })).toBe('Do., 5. März');
    expect(clockText(thursday)).toBe('14:30');
  });

  it('writes a Japanese day with the weekday last, and a Brazilian one the Brazilian way', async () => {
    setLanguage('ja-JP');
    await loadDateLocale();
    expect(dayText(thursday)).toBe('2026/03/05(木)');
    expect(dayText(thursday, { year: false })).toBe('03/05(木)');
    expect(clockText(thursday)).toBe('14:30');
    setLanguage('pt-BR');
    await loadDateLocale();
    expect(dayText(thursday)).toBe('quinta, 5 mar 2026');
    expect((await loadDateLocale('pt-PT')).code).toBe('pt');
  });

  it('writes each day, time, year or none and language as itself, however often a page asks (texts are kept)', async () => {
    const days = Array.from({ length: 400 }, (_, index) => new Date(2025, 11, 1 + index, index % 24, index % 60));
    const first = days.map((day) => [dayText(day), dayText(day, { year: false }), clockText(day)]);
    // Asked again: the same words; every day different from the one before it.
    expect(days.map((day) => [dayText(day), dayText(day, { year: false }), clockText(day)])).toEqual(first);
    expect(new Set(first.map(([text]) => text)).size).toBe(400);
    expect(dayText(new Date(2026, 2, 5, 0, 0))).toBe(dayText(new Date(2026, 2, 5, 23, 59)));
    expect(dayText(new Date(2027, 2, 5))).toBe('Fri, 5 Mar 2027');
    // Another language's texts are its own, not the first language's kept ones.
    setLanguage('de-AT');
    await loadDateLocale();
    expect(dayText(thursday)).toBe('Do., 5. März 2026');
    expect(clockText(new Date(2026, 2, 5, 14, 30))).toBe('14:30');
    // An impossible date still fails as date-fns' format does, and is never kept as a text.
    expect(() => dayText(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => dayText(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('loads the language’s own format, and falls back to British English for one it has none for', async () => {
    expect((await loadDateLocale('tlh')).code).toBe('en-GB');
    expect((await loadDateLocale('en-AU')).code).toBe('en-GB');
    expect((await loadDateLocale('en-US')).code).toBe('en-US');
    expect((await loadDateLocale('fr-CA')).code).toBe('fr');
  });

  it('counts days in words from the catalogue', () => {
    expect([daysText(0), daysText(1), daysText(-1), daysText(12), daysText(-3)]).toEqual([
      'today',
      'yesterday',
      'tomorrow',
      '12 days ago',
      'in 3 days',
    ]);
  });

  it('says what happened to a meeting', () => {
    const start = '2026-03-05T13:30:00.000Z';
    expect(meetingStatusText({ status: 'cancelled', endedSeries: true, cancelReason: 'Reorg', start })).toBe(
      'cancelled, and the series ended here: “Reorg”',
    );
    expect(meetingStatusText({ status: 'moved', movedFrom: '2026-03-05T12:00:00.000Z', start })).toBe('moved from 13:00');
  });
});
