import { describe, expect, it } from 'vitest';
import { parseWhenText } from '@/utils/calendars/when-text';

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
