/**
 * The calendar content script's second part, loaded into its isolated world the first time one
 * of these is needed: the dock (the panel's warm-up once the page is idle, or a 1:1 opened
 * first), the delete warning, telling the background of the 1:1s shown (opened, moved, in the
 * settled grid), and the outline of a page we cannot read. What every calendar page load
 * injects stays the part that reads the page, recognises 1:1s, follows the popover and stops a
 * delete (utils/content/calendar-page/on-demand.ts, docs/PERFORMANCE.md).
 * Built as an ES module (wxt.config.ts): `import()` hands the content script these parts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createDockFrame, panelUrl } from '@/utils/content/calendar-page/dock-frame';
import { showWarning } from '@/utils/content/calendar-page/warning';
import { createMoveWatch } from '@/utils/content/calendar-page/move-watch';
import { outlineOf } from '@/utils/sites/calendars/page-outline';
import { createGridLook } from '@/utils/content/calendar-page/grid-look';
import { forgetForCalls, rememberForCalls } from '@/utils/content/calendar-page/seen-events';

/** The parts, as `import()` hands them to the content script. */
export function onDemandParts() {
  return { createDockFrame, panelUrl, showWarning, createMoveWatch, outlineOf, createGridLook, rememberForCalls, forgetForCalls };
}

// Not in Firefox's build: its content script carries these parts itself (on-demand.ts).
export default defineUnlistedScript({ exclude: ['firefox'], main: onDemandParts });
