/**
 * One content script for every calendar site: it picks the adapter by host and
 * starts each feature (the delete guard, the dock) with the content-script context, so every listener,
 * timer and observer dies with the context (an update, a disable).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForHost, CALENDAR_MATCHES } from '@/utils/calendars/registry';
import { startDock } from './dock';
import { startDeleteGuard } from './delete-guard';

export default defineContentScript({
  matches: CALENDAR_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.host);
    if (!adapter) return;
    const guard = await startDeleteGuard(ctx, adapter);
    await startDock(ctx, adapter, (event) => guard.remember(event));
  },
});
