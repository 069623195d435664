// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startDeleteGuard } from '@/utils/content/calendar-page/delete-guard';
import { factsText } from '@/utils/content/calendar-page/warning';
import type { CalendarEvent } from '@/utils/sites/calendars/types';
import { fakeAdapter, pageSettings } from './fake-adapter';
import { asPage, onDemandFails, shadowRootOf } from './page-world';

const self = { name: 'Alex Kim', email: 'alex@northwind.example', self: true, organizer: true };
const oneOnOne: CalendarEvent = {
  site: 'google-calendar',
  key: 'google-calendar:abc',
  seriesKey: 'google-calendar:abc',
  eventId: 'abc',
  calendar: self.email,
  title: 'Alex / Sam 1:1',
  start: '2026-03-05T09:00:00.000Z',
  allDay: false,
  recurring: false,
  attendees: [self, { name: 'Sam Rivera', email: 'sam@northwind.example' }],
  source: 'popover',
};
const teamMeeting: CalendarEvent = {
  ...oneOnOne,
  key: 'google-calendar:team',
  seriesKey: 'google-calendar:team',
  title: 'Platform team weekly',
  attendees: [self, ...['a', 'b', 'c', 'd'].map((id) => ({ name: id, email: `${id}@northwind.example` }))],
};

/** A page whose own delete handler counts its calls, and an adapter that knows its one delete button. */
function setUp(event: CalendarEvent | (() => CalendarEvent)) {
  document.body.innerHTML = '<button id="delete">Delete</button><button id="other">Other</button>';
  const calls: string[] = [];
  document.addEventListener('click', (click) => {
    if ((click.target as Element).id === 'delete') calls.push('deleted');
  });
  const read = typeof event === 'function' ? event : () => event;
  const adapter = fakeAdapter({
    readOpenEvent: read,
    deleteRequest: (_doc, target) => (target.closest('#delete') ? read() : null),
    isDeleteShortcut: (_doc, key) => key.key === 'Delete',
    openEditor: () => true,
  });
  return { calls, adapter };
}

const dialog = () => shadowRootOf(document.querySelector('one-on-one-companion-warning'))?.querySelector('[role="alertdialog"]');
const button = (name: string) =>
  [...(dialog()?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent === name) as HTMLButtonElement;
const click = (element: Element) => element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));

let ctx: ContentScriptContext;
beforeEach(() => {
  ctx = new ContentScriptContext('calendar');
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  ctx.abort();
  document.querySelector('one-on-one-companion-warning')?.remove();
});

describe('the delete guard', () => {
  it('ignores what the page’s own scripts dispatch: no warning, no brief, the page’s action untouched (issue 17.8)', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    document.getElementById('delete')!.dispatchEvent(asPage(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialog()).toBeFalsy();
    expect(calls).toEqual(['deleted']);
    expect(sent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'person-brief' }));
  });

  it('a warning the user opened cannot be answered by the page (issue 17.8)', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('delete')!);
    await vi.waitFor(() => expect(dialog()).toBeTruthy());
    // The host is on the page; its shadow root is not.
    expect(document.querySelector('one-on-one-companion-warning')!.shadowRoot).toBeNull();
    button('Delete anyway').dispatchEvent(asPage(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dialog()).toBeTruthy();
    expect(calls).toEqual([]);
    click(button('Keep it'));
    await vi.waitFor(() => expect(dialog()).toBeFalsy());
  });

  it('stops the page’s delete of a 1:1 and shows the warning; Keep it deletes nothing', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('delete')!);
    expect(calls).toEqual([]);
    // The warning's DOM comes from the on-demand part: a moment later.
    await vi.waitFor(() => expect(dialog()?.textContent).toContain('Cancel your 1:1 with Sam Rivera?'));
    click(button('Keep it'));
    await vi.waitFor(() => expect(dialog()).toBeFalsy());
    expect(calls).toEqual([]);
  });

  it('Delete anyway lets the page’s own handler run exactly once, and tells the background', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('delete')!);
    await vi.waitFor(() => expect(dialog()).toBeTruthy());
    (dialog()!.querySelector('input') as HTMLInputElement).value = ' Off sick ';
    click(button('Delete anyway'));
    await vi.waitFor(() => expect(calls).toEqual(['deleted']));
    expect(dialog()).toBeFalsy();
    expect(sent).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'meeting-cancelled',
        reason: 'Off sick',
        endedSeries: false,
        occurrence: expect.objectContaining({ key: oneOnOne.key }),
      }),
    );
  });

  it('never touches an event that is not a 1:1', async () => {
    const { calls, adapter } = setUp(teamMeeting);
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('delete')!);
    expect(calls).toEqual(['deleted']);
    expect(dialog()).toBeFalsy();
  });

  it('fails open: when the adapter throws, the page deletes as if we were not there', async () => {
    const { calls, adapter } = setUp(() => {
      throw new Error('the DOM changed');
    });
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('delete')!);
    expect(calls).toEqual(['deleted']);
    expect(dialog()).toBeFalsy();
  });

  it('fails open when the warning cannot be fetched: the page deletes, once, and the cancellation is told', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const serveAgain = onDemandFails();
    try {
      startDeleteGuard(ctx, adapter, await pageSettings(ctx));
      click(document.getElementById('delete')!);
      await vi.waitFor(() => expect(calls).toEqual(['deleted']));
      expect(dialog()).toBeFalsy();
      expect(sent).toHaveBeenCalledWith(expect.objectContaining({ type: 'meeting-cancelled', endedSeries: false }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls).toEqual(['deleted']);
    } finally {
      serveAgain();
    }
  });

  it('catches the delete shortcut, and Escape keeps the event', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (key) => pageKeys.push(key.key));
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, cancelable: true }));
    expect(pageKeys).toEqual([]);
    await vi.waitFor(() => expect(dialog()).toBeTruthy());
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
    await vi.waitFor(() => expect(dialog()).toBeFalsy());
    // The Escape was the warning's: the page never saw it.
    expect(pageKeys).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('Enter on "Delete anyway" deletes nothing', async () => {
    const { calls, adapter } = setUp(oneOnOne);
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('delete')!);
    await vi.waitFor(() => expect(dialog()).toBeTruthy());
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    button('Delete anyway').focus();
    button('Delete anyway').dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(dialog()).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('lets other clicks through untouched', async () => {
    const { adapter } = setUp(oneOnOne);
    const other: string[] = [];
    document.getElementById('other')!.addEventListener('click', () => other.push('clicked'));
    startDeleteGuard(ctx, adapter, await pageSettings(ctx));
    click(document.getElementById('other')!);
    expect(other).toEqual(['clicked']);
    expect(dialog()).toBeFalsy();
  });
});

describe('what the warning says', () => {
  it('says when you last met and how many 1:1s were cancelled, in whole sentences', () => {
    expect(
      factsText({ known: true, lastStart: '2026-03-05T09:00:00.000Z', daysSinceLast: 12, cancelledLast90Days: 1, held: 3 }, 'Sam'),
    ).toMatch(/^You last met 12 days ago \(.+\)\. 1 of your 1:1s with Sam was cancelled in the last 90 days\.$/);
    expect(factsText({ known: true, cancelledLast90Days: 2, held: 0 }, 'Sam')).toBe(
      'You have not held a 1:1 with Sam yet. 2 of your 1:1s with Sam were cancelled in the last 90 days.',
    );
    expect(factsText({ known: false, cancelledLast90Days: 0, held: 0 }, 'Sam')).toContain('None of your 1:1s with Sam was cancelled');
    expect(factsText(undefined, 'Sam')).toBe('Moving keeps your history with Sam whole.');
  });
});
