import { describe, expect, it } from 'vitest';
import { parseNumericDate, parseWhenText } from '@/utils/sites/calendars/when-text';

describe('parseWhenText', () => {
  it.each([
    [
      'Thursday, March 5⋅10:00 – 10:30am',
      { month: 3, day: 5 },
      [
        [10, 0],
        [10, 30],
      ],
    ],
    [
      'Thursday, March 5⋅3 – 4pm',
      { month: 3, day: 5 },
      [
        [15, 0],
        [16, 0],
      ],
    ],
    [
      'Thursday, March 5⋅11 – 12pm',
      { month: 3, day: 5 },
      [
        [11, 0],
        [12, 0],
      ],
    ],
    [
      'Thursday, March 5⋅11:30am – 1pm',
      { month: 3, day: 5 },
      [
        [11, 30],
        [13, 0],
      ],
    ],
    [
      'Tuesday, March 3, 2026⋅5 – 6pm',
      { month: 3, day: 3, year: 2026 },
      [
        [17, 0],
        [18, 0],
      ],
    ],
    [
      'Donnerstag, 5. März⋅10:00–10:30',
      { month: 3, day: 5 },
      [
        [10, 0],
        [10, 30],
      ],
    ],
    [
      'jueves, 5 de marzo de 2026⋅10:00–10:30',
      { month: 3, day: 5, year: 2026 },
      [
        [10, 0],
        [10, 30],
      ],
    ],
    [
      'jeudi 5 mars⋅10:00 – 10:30',
      { month: 3, day: 5 },
      [
        [10, 0],
        [10, 30],
      ],
    ],
    [
      'Thu, Sept. 10⋅9:15 – 9:45 a.m.',
      { month: 9, day: 10 },
      [
        [9, 15],
        [9, 45],
      ],
    ],
    [
      '2026年3月5日(木)⋅午前10時～11時',
      { month: 3, day: 5, year: 2026 },
      [
        [10, 0],
        [11, 0],
      ],
    ],
    ['Friday, March 6', { month: 3, day: 6 }, []],
  ])('%s', (text, date, times) => {
    const parsed = parseWhenText(text);
    expect(parsed.date).toEqual(date);
    expect(parsed.times.map((time) => [time.hour, time.minute])).toEqual(times);
  });

  it('finds nothing in text with no date', () => {
    expect(parseWhenText('Weekly on Thursday')).toEqual({ date: null, times: [] });
  });
});

describe('parseNumericDate', () => {
  it.each([
    ['3/5/2026', 'en-US', { year: 2026, month: 3, day: 5 }],
    ['Thu 3/5/2026 10:00 AM', 'en', { year: 2026, month: 3, day: 5 }],
    ['05/03/2026', 'en-GB', { year: 2026, month: 3, day: 5 }],
    ['5.3.2026', 'de-DE', { year: 2026, month: 3, day: 5 }],
    ['Do 05.03.2026 10:00', 'de', { year: 2026, month: 3, day: 5 }],
    ['2026-03-05', 'fr-FR', { year: 2026, month: 3, day: 5 }],
  ])('%s in %s', (text, language, date) => {
    expect(parseNumericDate(text, language)).toEqual(date);
  });

  it('refuses what is not a date', () => {
    expect(parseNumericDate('10:00 AM', 'en-US')).toBeNull();
    expect(parseNumericDate('13/13/2026', 'en-US')).toBeNull();
  });
});
