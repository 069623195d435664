/**
 * Every calendar site we read. Adding a site: its adapter file, its fixtures in
 * tests/fixtures/<id>/, one line here, and its three-line content script
 * entrypoints/<id>.content.ts (one per site, so a page carries only its own
 * adapter). A test fails when a site has no fixtures or no content script.
 */
import { googleCalendar } from './google-calendar';
import { outlook } from './outlook';
import type { CalendarAdapter } from './types';

export const ADAPTERS: readonly CalendarAdapter[] = [googleCalendar, outlook];

/** Match patterns of every calendar page (the panel may be embedded there): the union of every adapter's. */
export const CALENDAR_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.matches);
