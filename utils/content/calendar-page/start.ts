/**
 * Everything 1:1 Companion does on a calendar page, started with the
 * content-script context so every listener, timer and observer dies with it
 * (an update, a disable). Each calendar site has its own small content script
 * (entrypoints/<site>.content.ts) that calls this with its adapter, so a page
 * carries only its own site's reading code.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '@/utils/sites/calendars/types';
import { openCalendarSettings } from './live-settings';
import { startDock } from './dock';
import { startDeleteGuard } from './delete-guard';
import { startPageHealth } from './page-health';
import { startGridReport } from './grid-report';

export async function startCalendarPage(ctx: ContentScriptContext, adapter: CalendarAdapter): Promise<void> {
  const settings = openCalendarSettings(ctx);
  // The guard listens from the first moment: a delete must never slip through while the background wakes.
  const guard = startDeleteGuard(ctx, adapter, settings);
  // The dock opens at the width the user left it: it waits for the stored settings.
  await settings.ready;
  if (ctx.isInvalid) return;
  const health = startPageHealth(ctx, adapter);
  const grid = startGridReport(ctx, adapter, settings);
  await startDock(
    ctx,
    adapter,
    settings,
    (event) => {
      guard.remember(event);
      grid.remember(event);
    },
    () => {
      health.changed();
      grid.changed();
    },
  );
  grid.changed();
}
