// @vitest-environment jsdom
/**
 * Issue 20.2: the grid's 1:1s reported from their chips, and a 1:1 gone from the grid reported
 * gone only when its day still shows (deleted elsewhere, or now cancelled); a week navigated
 * away from says nothing. Back again (an undo), it is reported again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GRID_SETTLE_MS, startGridReport } from '@/utils/content/calendar-page/grid-report';
import type { CalendarEvent } from '@/utils/sites/calendars/types';
import { fakeAdapter, pageSettings } from './fake-adapter';
// The look is in the on-demand part: the same module's parts here.
import './page-world';

const chip = (key: string, title: string, start: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  site: 'google-calendar',
  key,
  seriesKey: key,
  eventId: key,
  title,
  start,
  end: new Date(new Date(start).getTime() + 30 * 60_000).toISOString(),
  allDay: false,
  recurring: false,
  attendees: [],
  source: 'chip',
  ...extra,
});

let ctx: ContentScriptContext;
let told: { type: string; key?: string; event?: { key: string } }[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  ctx = new ContentScriptContext('calendar');
  told = [];
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
    if (message.type === 'event-seen' || message.type === 'event-gone') told.push(message);
    return undefined;
  });
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('the grid report', () => {
  it('reports the 1:1 chips, and one gone from a day still on screen as gone; then back again', async () => {
    let chips = [
      chip('yuki', 'Alex <> Yuki 1:1', '2026-11-26T10:00:00Z'),
      chip('planning', 'Quarterly planning', '2026-11-26T14:00:00Z'),
      chip('chen', 'Mentoring: Chen', '2026-11-27T10:00:00Z'),
    ];
    const report = startGridReport(ctx, fakeAdapter({ readGridEvents: () => chips }), await pageSettings(ctx));
    const look = async () => {
      report.changed();
      await vi.advanceTimersByTimeAsync(GRID_SETTLE_MS + 10);
    };
    await look();
    expect(told.filter((message) => message.type === 'event-seen').map((message) => message.event?.key)).toEqual(['yuki', 'chen']);
    told.splice(0);

    // Yuki's 1:1 deleted elsewhere: its day still shows the planning meeting.
    chips = chips.filter((item) => item.key !== 'yuki');
    await look();
    expect(told).toEqual([{ type: 'event-gone', key: 'yuki', start: '2026-11-26T10:00:00Z' }]);
    told.splice(0);

    // The next week: Chen's day is not on screen, so nothing is said of it.
    chips = [chip('next', 'Team sync', '2026-12-03T10:00:00Z')];
    await look();
    expect(told).toEqual([]);

    // Back (an undo): reported again.
    chips = [chip('yuki', 'Alex <> Yuki 1:1', '2026-11-26T10:00:00Z'), chip('planning', 'Quarterly planning', '2026-11-26T14:00:00Z')];
    await look();
    expect(told.map((message) => [message.type, message.key ?? message.event?.key])).toEqual([['event-seen', 'yuki']]);
    told.splice(0);

    // Cancelled on the page ("Canceled: …" chip): gone.
    chips = [chip('yuki', 'Canceled: Alex <> Yuki 1:1', '2026-11-26T10:00:00Z', { status: 'cancelled' }), chips[1]!];
    await look();
    expect(told).toEqual([{ type: 'event-gone', key: 'yuki', start: '2026-11-26T10:00:00Z' }]);
  });
});
