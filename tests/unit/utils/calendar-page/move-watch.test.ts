// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createMoveWatch } from '@/utils/content/calendar-page/move-watch';
import type { CalendarEvent } from '@/utils/sites/calendars/types';
import { fakeAdapter } from './fake-adapter';

const event: CalendarEvent = {
  site: 'google-calendar',
  key: 'google-calendar:abc',
  seriesKey: 'google-calendar:abc',
  eventId: 'abc',
  title: 'Alex / Sam 1:1',
  start: '2026-03-05T09:00:00.000Z',
  end: '2026-03-05T09:30:00.000Z',
  allDay: false,
  recurring: false,
  attendees: [],
  source: 'popover',
};
const sam = { name: 'Sam Rivera', email: 'sam@northwind.example' };

/** A grid whose chip says what `chipStart` says (the chip's own reading may differ from the popover's). */
function grid(initial: string | null) {
  let chipStart = initial;
  const adapter = fakeAdapter({
    readListedEvent: (_doc, shown) => (chipStart ? { ...shown, start: chipStart, source: 'chip' } : null),
  });
  return { adapter, move: (start: string | null) => (chipStart = start) };
}

describe('the move watch', () => {
  it('reports a 1:1 whose chip moved, shifted by as much as the chip moved', () => {
    // The chip reads a minute off from the popover: only the shift counts.
    const { adapter, move } = grid('2026-03-05T09:01:00.000Z');
    const report = vi.fn();
    const watch = createMoveWatch(adapter, report);
    watch.watch(event, sam);
    watch.check();
    expect(report).not.toHaveBeenCalled();
    move('2026-03-05T10:01:00.000Z');
    watch.check();
    expect(report).toHaveBeenCalledWith(
      expect.objectContaining({ key: event.key, start: '2026-03-05T10:00:00.000Z', end: '2026-03-05T10:30:00.000Z' }),
      sam,
    );
    watch.check();
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('leaves alone what it cannot read, the edit page and all-day events', () => {
    const { adapter, move } = grid(null);
    const report = vi.fn();
    const watch = createMoveWatch(adapter, report);
    watch.watch(event, sam);
    watch.watch({ ...event, key: 'edit', source: 'edit-page' }, sam);
    watch.watch({ ...event, key: 'all-day', allDay: true, start: '2026-03-05' }, sam);
    watch.check();
    move('2026-03-05T11:00:00.000Z');
    // The first reading is the mark: nothing moved yet.
    watch.check();
    move('2026-03-05T12:00:00.000Z');
    watch.check();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0]).toMatchObject({ key: event.key });
  });
});
