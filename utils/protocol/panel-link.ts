/**
 * What the content script tells the docked panel: which occurrence, with whom.
 * It travels in the iframe's URL hash, so it holds only what the calendar page
 * already shows (never a note). The panel parses it with zod (utils/protocol/schemas.ts)
 * and treats it as untrusted: the page can rewrite an iframe's URL.
 */

export interface PanelTarget {
  v: 1;
  key: string;
  seriesKey: string;
  title: string;
  start?: string;
  end?: string;
  allDay: boolean;
  recurring: boolean;
  counterpart: { name?: string; email?: string };
  /** Read from the calendar's edit page: its times are unsaved typing, not to be followed. */
  editing?: boolean;
  /** The calendar page's own light or dark theme, which the panel follows (else the system's). */
  theme?: 'light' | 'dark';
}

export function panelHash(target: PanelTarget): string {
  return encodeURIComponent(JSON.stringify(target));
}

/** The panel target of a calendar event (or a remembered one) and the person it is with. */
export function panelTargetOf(
  event: Pick<PanelTarget, 'key' | 'seriesKey' | 'title' | 'start' | 'end' | 'allDay'> & { recurring?: boolean; source?: string },
  counterpart: PanelTarget['counterpart'],
): PanelTarget {
  const target: PanelTarget = {
    v: 1,
    key: event.key,
    seriesKey: event.seriesKey,
    title: event.title,
    allDay: event.allDay,
    recurring: event.recurring ?? false,
    counterpart,
  };
  if (event.start) target.start = event.start;
  if (event.end) target.end = event.end;
  if (event.source === 'edit-page') target.editing = true;
  return target;
}

/** The notes of a 1:1 started by hand (a call, a walk: no calendar event behind it). */
export function startedTarget(
  ref: Pick<PanelTarget, 'key' | 'seriesKey' | 'title' | 'start'> & { counterpart: PanelTarget['counterpart'] },
): PanelTarget {
  return panelTargetOf({ ...ref, allDay: false }, ref.counterpart);
}
