/**
 * The dock: when the open event is a 1:1, the panel docks beside the calendar.
 *
 * It stays while the user works in the calendar (closing the popover does not
 * close the notes), switches when another 1:1 opens, and leaves when a
 * non-1:1 opens. It fails open: if reading the page throws, we log and do
 * nothing, and the calendar carries on untouched.
 */
import { awaitsGuestRows, GUEST_ROWS_WAIT_MS } from './guest-rows';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter, CalendarEvent } from '@/utils/sites/calendars/types';
import { recognizeWithSettings } from '@/utils/protocol/calendar-settings';
import { chooseForSeries, saveDockPreferences, type LiveCalendarSettings } from './live-settings';
import { lazyDock } from './on-demand';
import type { MoveWatch } from './move-watch';

const RESCAN_DELAY_MS = 100;
/** How long a batch of the page's mutations gets to settle before a scan after a quiet moment. */
const SETTLE_MS = 16;
/** At the latest this long after the page loads, the panel is loaded (hidden) for the first 1:1. */
const WARM_UP_MS = 2000;

export async function startDock(
  ctx: ContentScriptContext,
  adapter: CalendarAdapter,
  settings: LiveCalendarSettings,
  /** Told of every event the page opens (the delete guard keeps them for context menus). */
  onOpenEvent: (event: CalendarEvent) => void = () => undefined,
  /** Told whenever the page changes (the page-health check waits for it to settle). */
  onPageChange: () => void = () => undefined,
): Promise<void> {
  if (ctx.isInvalid) return;
  const overrides = () => settings.current().overrides;
  /** The occurrence the dock shows, and the last one the user closed the dock on. */
  let shownKey: string | undefined;
  let dismissedKey: string | undefined;
  /** What the last scan saw, so an unchanged page costs one read and a comparison. */
  let lastSeen = '';
  // The dock's DOM is built by the on-demand part (utils/content/calendar-page/on-demand.ts) on
  // its first use: the warm-up once the page is idle, or a 1:1 opened before that.
  const dock = lazyDock(ctx, (parts) =>
    parts.createDockFrame(ctx, settings.current().dock, {
      onPreferences: (preferences) => void saveDockPreferences(preferences),
      onClose: () => {
        dismissedKey = shownKey;
        shownKey = undefined;
        dock.ifBuilt((frame) => frame.hide());
      },
    }),
  );
  ctx.onInvalidated(() => dock.ifBuilt((frame) => frame.destroy()));

  /** The 1:1s shown here, watched for a drag to another time (made with the dock). */
  let moves: MoveWatch | undefined;

  /** When the half-loaded popover was first seen (its counts shown, its guest rows not yet). */
  let halfLoaded: { key: string; since: number } | undefined;
  /** The last full read of each event opened here: a popover opened again is known before its rows come. */
  const fullReads = new Map<string, CalendarEvent>();
  const scan = () => {
    try {
      moves?.check();
      let event = adapter.readOpenEvent(document);
      // The popover streams in: the counts say "2 guests" before the rows do. An event read in
      // full before takes its guests from then; a new one waits a moment for its rows (the observer
      // reads again when they come), so the person is not taken from the title alone, without an
      // address. A list shown only as counts is read once the wait is over.
      if (event && awaitsGuestRows(event)) {
        const earlier = fullReads.get(event.key);
        if (earlier) event = { ...event, attendees: earlier.attendees };
        else {
          if (halfLoaded?.key !== event.key) halfLoaded = { key: event.key, since: Date.now() };
          const left = halfLoaded.since + GUEST_ROWS_WAIT_MS - Date.now();
          if (left > 0) {
            ctx.setTimeout(scan, left + 10);
            return;
          }
        }
      } else {
        halfLoaded = undefined;
        // Outlook's 2026 card lists no guests: an event read in full before (its form) keeps them.
        const earlier = event && event.attendees.length === 0 ? fullReads.get(event.key) : undefined;
        if (event && earlier) event = { ...event, attendees: earlier.attendees };
        else if (event && event.source !== 'chip' && event.attendees.length > 0) {
          fullReads.delete(event.key);
          fullReads.set(event.key, event);
          if (fullReads.size > 200) fullReads.delete(fullReads.keys().next().value!);
        }
      }
      const seen = event ? JSON.stringify([event.key, event.title, event.attendees.length, overrides()[event.seriesKey]]) : '';
      if (seen === lastSeen) return;
      lastSeen = seen;
      if (!event) {
        // The popover closed: the notes stay, the offer goes.
        dock.ifBuilt((frame) => frame.withdrawOffer());
        dismissedKey = undefined;
        return;
      }
      respond(event);
    } catch (error) {
      logQuietly(error);
    }
  };

  const respond = (event: CalendarEvent) => {
    onOpenEvent(event);
    const recognition = recognizeWithSettings(event, settings.current());
    if (recognition.isOneOnOne && recognition.counterpart) {
      const { counterpart } = recognition;
      dock.use((frame, parts) => {
        // Cancelled or declined: shown (its notes are still worth reading), but no next 1:1, no reminder.
        if (event.status && event.start) parts.forgetForCalls(event.key, event.start);
        else parts.rememberForCalls(event, counterpart);
        moves ??= parts.createMoveWatch(adapter, parts.rememberForCalls);
        moves.watch(event, counterpart);
        frame.withdrawOffer();
        if (event.key === dismissedKey) return;
        shownKey = event.key;
        frame.show(parts.panelUrl(event, counterpart, frame.matchTheme()));
      });
      return;
    }
    shownKey = undefined;
    dock.ifBuilt((frame) => frame.hide());
    if (couldBeOneOnOne(event)) dock.use((frame) => frame.offer(() => void chooseForSeries(event.seriesKey, true)));
    else dock.ifBuilt((frame) => frame.withdrawOffer());
  };

  // At most one scan per RESCAN_DELAY_MS, however fast the page re-renders; but a change after a
  // quiet moment (the popover's guest rows arriving) is read as soon as its batch of mutations
  // has settled, not a whole delay later: the panel follows the page within a frame or two.
  let timer: number | undefined;
  let lastScan = 0;
  const observer = new MutationObserver(() => {
    onPageChange();
    if (timer !== undefined) return;
    timer = ctx.setTimeout(
      () => {
        timer = undefined;
        lastScan = Date.now();
        scan();
      },
      Math.max(SETTLE_MS, lastScan + RESCAN_DELAY_MS - Date.now()),
    );
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-eventid', 'aria-hidden', 'hidden', 'style', 'value', 'data-is-create'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', scan);

  // Once the page has settled, load the panel out of sight: opening a 1:1 then costs only its data.
  const warmUp = () => dock.use((frame) => frame.warmUp(browser.runtime.getURL('/panel.html')));
  if ('requestIdleCallback' in window) {
    const idle = window.requestIdleCallback(warmUp, { timeout: WARM_UP_MS });
    ctx.onInvalidated(() => window.cancelIdleCallback(idle));
  } else ctx.setTimeout(warmUp, WARM_UP_MS);

  settings.onChange(() => {
    lastSeen = '';
    scan();
  });
  scan();
}

/** Small enough to be a 1:1 we missed: worth offering the user the choice. */
function couldBeOneOnOne(event: CalendarEvent): boolean {
  const others = event.attendees.filter((attendee) => !attendee.resource && !attendee.self);
  return !event.allDay && (event.guestCount ?? 0) <= 2 && others.length <= 1;
}

function logQuietly(error: unknown): void {
  console.debug('[1:1 Companion]', error);
}
