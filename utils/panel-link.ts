/**
 * What the content script tells the docked panel: which occurrence, with whom.
 * It travels in the iframe's URL hash, so it holds only what the calendar page
 * already shows (never a note). The panel parses it with zod (utils/schemas.ts)
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
}

export function panelHash(target: PanelTarget): string {
  return encodeURIComponent(JSON.stringify(target));
}
