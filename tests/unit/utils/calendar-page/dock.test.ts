import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startDock } from '@/utils/calendar-page/dock';
import type { CalendarAdapter, CalendarEvent } from '@/utils/calendars/types';
import { setOverride } from '@/utils/settings';
import { fakeAdapter, pageSettings } from './fake-adapter';

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
const dockShown = () => host()?.shadowRoot?.querySelector('.dock')?.hasAttribute('hidden') === false;
const iframeSrc = () => host()?.shadowRoot?.querySelector('iframe')?.getAttribute('src') ?? '';

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
    expect(dockShown()).toBe(true);
    const target = JSON.parse(decodeURIComponent(iframeSrc().split('#')[1]!));
    expect(target).toMatchObject({ key: oneOnOne.key, counterpart: { name: 'Sam Rivera', email: 'sam@northwind.example' } });
    // The page narrows to make room.
    expect(document.getElementById('one-on-one-companion-room')?.textContent).toContain('calc(100% - 380px)');
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
    expect(dockShown()).toBe(true);
    open = null;
    document.querySelector('main')!.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dockShown()).toBe(true);
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
    expect(dockShown()).toBe(true);
    await setOverride(oneOnOne.seriesKey, false);
    await vi.waitFor(() => expect(dockShown()).toBe(false));
    expect(host()?.shadowRoot?.querySelector('.offer')?.hasAttribute('hidden')).toBe(false);
  });

  it('removes everything it added when the extension goes away', async () => {
    await startDock(
      ctx,
      adapterReading(() => oneOnOne),
      await pageSettings(ctx),
    );
    ctx.abort();
    expect(host()).toBeNull();
    expect(document.getElementById('one-on-one-companion-room')).toBeNull();
  });
});
