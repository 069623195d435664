/**
 * Noticing, with no network, when the calendar page has changed so that we can
 * no longer read it: a popover that says "4 guests" but has no guest rows we
 * can find, no time, no event id, no delete button. A few seconds after the
 * page last changed (the popover has loaded by then), the adapter says what it
 * could not read; a new answer goes to the background as codes, with a
 * structural outline of the popover (utils/sites/calendars/page-outline.ts: no text,
 * no names, no addresses), for the popup and the options page to show.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '@/utils/sites/calendars/types';
import { loadOnDemand } from './on-demand';
import { tellBackground } from '@/utils/protocol/messaging';
import { whenQuiet } from './when-quiet';

/** How long the page must stay still before it is checked: the live popover loads over 1–2 s. */
export const SETTLE_MS = 3000;

export interface PageHealth {
  /** The page changed: check it once it has settled. */
  changed(): void;
}

export function startPageHealth(ctx: ContentScriptContext, adapter: CalendarAdapter): PageHealth {
  /** What was last told, so a page that stays the same is reported once (the first check is always told: it may clear an old record). */
  let told: string | undefined;
  const check = () => {
    try {
      const health = adapter.checkHealth?.(document);
      if (!health) return;
      const problems = [...health.problems].sort();
      const said = problems.join(' ');
      if (said === told) return;
      told = said;
      if (!problems.length) return void tellBackground({ type: 'page-health', site: adapter.id, problems });
      // The outline is drawn by the on-demand part (only a page we cannot read needs it); told without it if that fails.
      void loadOnDemand()
        .then((parts) => parts.outlineOf(health.outlineRoot))
        .catch(() => undefined)
        .then((outline) => tellBackground({ type: 'page-health', site: adapter.id, problems, ...(outline ? { outline } : {}) }));
    } catch (error) {
      console.debug('[1:1 Companion] page health', error);
    }
  };
  return { changed: whenQuiet(ctx, SETTLE_MS, check) };
}
