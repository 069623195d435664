/**
 * Every calendar site we read. Adding a site: its adapter file, its fixtures in
 * tests/fixtures/<id>/, and one line here (a test fails when a site has no fixtures).
 */
import { googleCalendar } from './google-calendar';
import { outlook } from './outlook';
import type { CalendarAdapter } from './types';

export const ADAPTERS: readonly CalendarAdapter[] = [googleCalendar, outlook];

export function adapterForHost(host: string): CalendarAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.hosts.includes(host));
}

/** Match patterns for the calendar content script: the union of every adapter's. */
export const CALENDAR_MATCHES: string[] = ADAPTERS.flatMap((adapter) => adapter.matches);
