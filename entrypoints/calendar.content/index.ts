/**
 * One content script for every calendar site: it picks the adapter by host and
 * starts each feature with the content-script context, so every listener,
 * timer and observer dies with the context (an update, a disable).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForHost, CALENDAR_MATCHES } from '@/utils/calendars/registry';
import { startDock } from './dock';

export default defineContentScript({
  matches: CALENDAR_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.host);
    if (!adapter) return;
    startDock(ctx, adapter);
  },
});
