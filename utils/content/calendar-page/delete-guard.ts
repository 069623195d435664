/**
 * The delete guard: before the calendar deletes a 1:1, the warning steps in,
 * once, and makes moving it the easy choice.
 *
 * How: listeners on `window` in the capture phase see a click, a key or a
 * pointer press before the page's own handlers. When the adapter says it is a
 * delete control (or the Delete shortcut) for an event we recognise as a 1:1,
 * the event is stopped and the warning shown. "Delete anyway" replays the
 * user's action on the same control, exactly once, so the calendar carries on
 * with its own follow-ups (which occurrences? notify guests? undo). When the
 * page then asks "which occurrences?" and the user picks the series, the
 * confirm is stopped once more for the stronger warning.
 *
 * Fail open: anything that throws in here is caught before we stop the event,
 * so the page's own action goes through untouched. Events that are not 1:1s
 * are never stopped or delayed.
 */
import { awaitsGuestRows, GUEST_ROWS_WAIT_MS } from './guest-rows';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter, CalendarEvent } from '@/utils/sites/calendars/types';
import type { Counterpart } from '@/utils/rules/recognition';
import { recognizeWithSettings } from '@/utils/protocol/calendar-settings';
import type { LiveCalendarSettings } from './live-settings';
import { askBackground, tellBackground } from '@/utils/protocol/messaging';
import type { WarningChoice } from './warning';
import { loadOnDemand } from './on-demand';
import { WARNING_TAG } from './hosts';
import { isUserEvent } from '@/utils/content/build-dom';
import { i18n } from '@/utils/rules/page-i18n';

/** How long after "Delete anyway" the page's own "which occurrences?" dialog belongs to that deletion. */
const SCOPE_WINDOW_MS = 60_000;
const GUARDED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'contextmenu'] as const;

interface Guarded {
  event: CalendarEvent;
  counterpart: Counterpart;
}

export interface DeleteGuard {
  /** The event the page has open (from the dock's scans): known in full for a chip's context menu later. */
  remember(event: CalendarEvent): void;
}

export function startDeleteGuard(ctx: ContentScriptContext, adapter: CalendarAdapter, settings: LiveCalendarSettings): DeleteGuard {
  const known = new Map<string, CalendarEvent>();
  /** The event of the chip whose context menu is open. */
  let menuEvent: CalendarEvent | null = null;
  /** True while we replay the user's action: our own listeners let it through. */
  let passing = false;
  let warning = false;
  /** A recurring 1:1 the user chose to delete: the page's scope question comes next. */
  let awaitingScope: (Guarded & { reason: string; until: number }) | null = null;

  const counterpartOf = (event: CalendarEvent): Counterpart | undefined => {
    // A chip, or a popover whose guest rows have not come yet, knows less than the last full read of the same event.
    // Outlook's 2026 card lists nobody: its form, read before, did.
    const full =
      event.source === 'chip' || event.attendees.length === 0 || awaitsGuestRows(event) ? (known.get(event.key) ?? event) : event;
    const recognition = recognizeWithSettings(full, settings.current());
    return recognition.isOneOnOne ? recognition.counterpart : undefined;
  };

  // Asked when the warning opens, not before: the 1:1 may have been opened (its record made) a moment ago.
  const briefOf = (counterpart: Counterpart, exceptKey?: string) =>
    askBackground({ type: 'person-brief', counterpart, ...(exceptKey ? { exceptKey } : {}) });

  /**
   * A delete pressed while the popover still loads knows the person only by the
   * title: the guest rows come a moment later. Wait for them (bounded), so the
   * facts shown and the cancellation recorded are about the person with their address.
   */
  const settle = async (guarded: Guarded): Promise<void> => {
    if (!awaitsGuestRows(guarded.event)) return;
    for (const until = Date.now() + GUEST_ROWS_WAIT_MS; Date.now() < until;) {
      await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 100));
      const again = adapter.readOpenEvent(document);
      if (again?.key !== guarded.event.key) return;
      if (again.attendees.length === 0) continue;
      const counterpart = counterpartOf(again);
      if (counterpart) Object.assign(guarded, { event: again, counterpart });
      return;
    }
  };

  const record = (guarded: Guarded, reason: string, endedSeries: boolean) => {
    const { event, counterpart } = guarded;
    const occurrence = { key: event.key, seriesKey: event.seriesKey, title: event.title, counterpart, ...times(event) };
    void tellBackground({ type: 'meeting-cancelled', occurrence, endedSeries, ...(reason ? { reason } : {}) });
  };

  const warn = async (guarded: Guarded, series: boolean, replay: () => void, origin: Element, confirm?: Element) => {
    warning = true;
    let choice: WarningChoice;
    try {
      const settled = settle(guarded);
      const nameOf = ({ name, email }: Counterpart) => name ?? email ?? i18n.t('warning.thisPerson');
      // The warning's DOM is fetched on demand (it is in by now: the dock loaded it once the page was idle).
      const { showWarning } = await loadOnDemand();
      choice = await showWarning(ctx, {
        personName: nameOf(guarded.counterpart),
        series,
        settledName: settled.then(() => nameOf(guarded.counterpart)),
        brief: settled.then(() => briefOf(guarded.counterpart, guarded.event.key)),
      });
    } catch (error) {
      // The warning itself failed: the user asked to delete, so the calendar does.
      logQuietly(error);
      choice = { kind: 'delete', reason: '' };
    }
    try {
      if (choice.kind === 'keep') return;
      if (choice.kind === 'move') {
        if (confirm) adapter.dismissScope(document, confirm);
        if (!adapter.openEditor(document, guarded.event)) (origin as HTMLElement).focus?.();
        return;
      }
      // Once, whatever follows: a second replay could delete twice.
      replay();
      if (series) record(guarded, choice.reason, true);
      else if (guarded.event.recurring) awaitingScope = { ...guarded, reason: choice.reason, until: Date.now() + SCOPE_WINDOW_MS };
      else record(guarded, choice.reason, false);
    } catch (error) {
      logQuietly(error);
    } finally {
      warning = false;
    }
  };

  const decide = (action: Event, target: Element) => {
    if (action.type === 'contextmenu') {
      menuEvent = adapter.readChipEvent(document, target);
      return;
    }
    const key = action.type === 'keydown' ? (action as KeyboardEvent) : null;
    const activates = !key || key.key === 'Enter' || key.key === ' ';
    // A native button turns Enter/Space into a click of its own: we guard that click.
    if (key && activates && target.closest('button')) return;
    const acts = action.type === 'click' || key !== null;

    if (awaitingScope && activates) {
      if (Date.now() > awaitingScope.until) awaitingScope = null;
      const scope = awaitingScope ? adapter.scopeConfirm(document, target) : null;
      if (awaitingScope && scope) {
        const pending = awaitingScope;
        if (!scope.series) {
          if (acts) {
            awaitingScope = null;
            record(pending, pending.reason, false);
          }
          return;
        }
        stop(action);
        if (acts) {
          awaitingScope = null;
          void warn(pending, true, replayOf(action, target), target, target);
        }
        return;
      }
    }

    let event = activates ? adapter.deleteRequest(document, target, menuEvent) : null;
    if (!event && key && adapter.isDeleteShortcut(document, key)) event = adapter.readOpenEvent(document);
    if (!event) return;
    const counterpart = counterpartOf(event);
    if (!counterpart) return;
    stop(action);
    if (acts) void warn({ event: known.get(event.key) ?? event, counterpart }, false, replayOf(action, target), target);
  };

  const replayOf = (action: Event, target: Element) => () => {
    passing = true;
    try {
      replay(action, target, (element) => adapter.deleteRequest(document, element, menuEvent) !== null);
    } finally {
      passing = false;
    }
  };

  const listener = (action: Event) => {
    // Only the user's own gestures: an event the page dispatched must never open the warning
    // (it would read as an oracle of what we know) nor record a cancellation.
    if (passing || warning || !isUserEvent(action)) return;
    if (action.composedPath().some((node) => node instanceof Element && node.localName === WARNING_TAG)) return;
    const target = action.target instanceof Element ? action.target : null;
    if (!target) return;
    try {
      decide(action, target);
    } catch (error) {
      // Fail open: the page's own action goes on as if we were not here.
      logQuietly(error);
    }
  };
  for (const type of GUARDED) ctx.addEventListener(window, type, listener, { capture: true });

  return {
    remember(event) {
      if (event.source === 'chip') return;
      known.set(event.key, event);
      if (known.size > 200) known.delete(known.keys().next().value!);
      // No brief is asked here: only a warning the user's own gesture opened asks about the person.
    },
  };
}

function stop(action: Event): void {
  action.preventDefault();
  action.stopImmediatePropagation();
}

/**
 * The user's own action again, on the same control. A control the page
 * re-rendered meanwhile is found again where the user clicked it.
 */
function replay(action: Event, target: Element, isDeleteControl: (element: Element) => boolean): void {
  if (action.type === 'keydown') {
    const key = action as KeyboardEvent;
    const init = { key: key.key, code: key.code, bubbles: true, cancelable: true, composed: true };
    (target.isConnected ? target : (document.activeElement ?? document.body)).dispatchEvent(new KeyboardEvent('keydown', init));
    return;
  }
  const mouse = action as MouseEvent;
  let element = target;
  if (!element.isConnected) {
    const found = document.elementFromPoint(mouse.clientX, mouse.clientY);
    if (!found || !isDeleteControl(found)) return;
    element = found;
  }
  const init = { bubbles: true, cancelable: true, composed: true, clientX: mouse.clientX, clientY: mouse.clientY, button: 0 };
  const pointer = { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse' };
  const hasPointer = typeof PointerEvent === 'function';
  if (hasPointer) element.dispatchEvent(new PointerEvent('pointerdown', pointer));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  if (hasPointer) element.dispatchEvent(new PointerEvent('pointerup', pointer));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

function times(event: CalendarEvent): { start?: string; end?: string } {
  return { ...(event.start ? { start: event.start } : {}), ...(event.end ? { end: event.end } : {}) };
}

function logQuietly(error: unknown): void {
  console.debug('[1:1 Companion] delete guard', error);
}
