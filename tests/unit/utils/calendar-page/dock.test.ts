// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDock } from '@/utils/content/calendar-page/dock';
import type { CalendarAdapter, CalendarEvent } from '@/utils/sites/calendars/types';
import { setOverride } from '@/utils/extension/settings';
import { fakeAdapter, pageSettings } from './fake-adapter';
import { shadowRootOf } from './page-world';

const oneOnOne: CalendarEvent = {
  site: 'google-calendar',
  key: 'google-calendar:abc/20260305T090000Z',
  seriesKey: 'google-calendar:abc',
  eventId: 'abc',
  calendar: 'alex@northwind.example',
  title: 'Alex / Sam 1:1',
  start: '2026-03-05T09:00:00.000Z',
  allDay: false,
  recurring: true,
  attendees: [
    { name: 'Alex Kim', email: 'alex@northwind.example', self: true },
    { name: 'Sam Rivera', email: 'sam@northwind.example' },
  ],
  source: 'popover',
};

function adapterReading(read: () => CalendarEvent | null): CalendarAdapter {
  return fakeAdapter({ readOpenEvent: read });
}

const host = () => document.querySelector('one-on-one-companion');
const dockShown = () => shadowRootOf(host())?.querySelector('.dock')?.hasAttribute('hidden') === false;
const iframeSrc = () => shadowRootOf(host())?.querySelector('iframe')?.getAttribute('src') ?? '';

let ctx: ContentScriptContext;
beforeEach(() => {
  document.body.innerHTML = '<main></main>';
  ctx = new ContentScriptContext('calendar');
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  ctx.abort();
  document.querySelector('one-on-one-companion')?.remove();
});

describe('the dock feature', () => {
  it('docks the panel for a 1:1, with the occurrence and the person in its URL', async () => {
    await startDock(
      ctx,
      adapterReading(() => oneOnOne),
      await pageSettings(ctx),
    );
    await vi.waitFor(() => expect(dockShown()).toBe(true));
    const target = JSON.parse(decodeURIComponent(iframeSrc().split('#')[1]!));
    expect(target).toMatchObject({ key: oneOnOne.key, counterpart: { name: 'Sam Rivera', email: 'sam@northwind.example' } });
    // The page narrows to make room.
    expect(document.getElementById('one-on-one-companion-room')?.textContent).toContain('calc(100% - 380px)');
  });

  it('tells the background of the 1:1 opened; one declined or cancelled is shown but told gone (no next 1:1, no reminder)', async () => {
    const told: { type: string }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
      if (message.type === 'event-seen' || message.type === 'event-gone') told.push(message);
      return undefined;
    });
    // Its own occurrence: what an earlier test's page told is not told twice.
    const event = { ...oneOnOne, key: 'google-calendar:abc/20260319T090000Z', start: '2026-03-19T09:00:00.000Z' };
    let open: CalendarEvent = event;
    await startDock(
      ctx,
      adapterReading(() => open),
      await pageSettings(ctx),
    );
    await vi.waitFor(() => expect(told.map((message) => message.type)).toEqual(['event-seen']));
    open = { ...event, title: 'Declined: Alex / Sam 1:1', status: 'declined' };
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(told.at(-1)).toEqual({ type: 'event-gone', key: event.key, start: event.start }));
    await vi.waitFor(() => expect(dockShown()).toBe(true));
  });

  it('fails open: an adapter that throws leaves the page alone and logs quietly', async () => {
    const read = vi.fn(() => {
      throw new Error('the DOM changed');
    });
    await expect(startDock(ctx, adapterReading(read), await pageSettings(ctx))).resolves.toBeUndefined();
    document.querySelector('main')!.append(document.createElement('div'));
    await vi.waitFor(() => expect(read.mock.calls.length).toBeGreaterThan(1));
    expect(dockShown()).toBe(false);
    expect(document.getElementById('one-on-one-companion-room')).toBeNull();
    expect(console.debug).toHaveBeenCalled();
  });

  it('keeps the dock when the popover closes, and hides it when a non-1:1 opens', async () => {
    let open: CalendarEvent | null = oneOnOne;
    await startDock(
      ctx,
      adapterReading(() => open),
      await pageSettings(ctx),
    );
    await vi.waitFor(() => expect(dockShown()).toBe(true));
    open = null;
    document.querySelector('main')!.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await vi.waitFor(() => expect(dockShown()).toBe(true));
    open = {
      ...oneOnOne,
      key: 'team',
      seriesKey: 'team',
      title: 'Platform team weekly',
      attendees: [...oneOnOne.attendees, { email: 'kim@northwind.example' }, { email: 'lee@northwind.example' }],
    };
    document.querySelector('main')!.append(document.createElement('div'));
    await vi.waitFor(() => expect(dockShown()).toBe(false));
  });

  it("follows the user's word on a series as soon as it is given", async () => {
    await startDock(
      ctx,
      adapterReading(() => oneOnOne),
      await pageSettings(ctx),
    );
    await vi.waitFor(() => expect(dockShown()).toBe(true));
    await setOverride(oneOnOne.seriesKey, false);
    await vi.waitFor(() => expect(dockShown()).toBe(false));
    expect(shadowRootOf(host())?.querySelector('.offer')?.hasAttribute('hidden')).toBe(false);
  });

  it('waits for the guest rows of a popover still loading, then docks with the person’s address', async () => {
    const loading: CalendarEvent = { ...oneOnOne, attendees: [], guestCount: 2 };
    let open: CalendarEvent | null = loading;
    const page = document.querySelector('main')!;
    await startDock(
      ctx,
      adapterReading(() => open),
      await pageSettings(ctx),
    );
    // Only the title and "2 guests": no panel for a person known by name alone.
    expect(dockShown()).toBe(false);
    open = oneOnOne;
    page.append(document.createElement('div'));
    await vi.waitFor(() => expect(dockShown()).toBe(true));
    const counterpart = () => JSON.parse(decodeURIComponent(iframeSrc().split('#')[1]!)).counterpart;
    expect(counterpart()).toEqual({ name: 'Sam Rivera', email: 'sam@northwind.example' });

    // Another 1:1, then Sam's again before its rows are in: the earlier full read answers at once.
    open = {
      ...oneOnOne,
      key: 'priya',
      seriesKey: 'priya',
      title: 'Alex / Priya 1:1',
      attendees: [oneOnOne.attendees[0]!, { name: 'Priya Natarajan', email: 'priya@northwind.example' }],
    };
    page.append(document.createElement('div'));
    await vi.waitFor(() => expect(counterpart()).toEqual({ name: 'Priya Natarajan', email: 'priya@northwind.example' }));
    open = loading;
    page.append(document.createElement('div'));
    await vi.waitFor(() => expect(counterpart()).toEqual({ name: 'Sam Rivera', email: 'sam@northwind.example' }), { timeout: 500 });
  });

  it('reads a list shown only as counts once the wait for rows is over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const allHands: CalendarEvent = {
        ...oneOnOne,
        key: 'big',
        seriesKey: 'big',
        title: 'Engineering all-hands',
        attendees: [],
        guestCount: 23,
      };
      const shown: CalendarEvent[] = [];
      await startDock(
        ctx,
        adapterReading(() => allHands),
        await pageSettings(ctx),
        (event) => shown.push(event),
      );
      expect(shown).toEqual([]);
      await vi.advanceTimersByTimeAsync(1600);
      expect(shown.map((event) => event.key)).toEqual(['big']);
      expect(dockShown()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds nothing to the page until it is needed: the first 1:1 opened builds the dock', async () => {
    let open: CalendarEvent | null = null;
    await startDock(
      ctx,
      adapterReading(() => open),
      await pageSettings(ctx),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host()).toBeNull();
    open = oneOnOne;
    document.querySelector('main')!.append(document.createElement('div'));
    await vi.waitFor(() => expect(dockShown()).toBe(true));
  });

  it('removes everything it added when the extension goes away', async () => {
    await startDock(
      ctx,
      adapterReading(() => oneOnOne),
      await pageSettings(ctx),
    );
    await vi.waitFor(() => expect(dockShown()).toBe(true));
    ctx.abort();
    expect(host()).toBeNull();
    expect(document.getElementById('one-on-one-companion-room')).toBeNull();
  });
});
