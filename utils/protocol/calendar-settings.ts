/**
 * The settings a calendar page needs (the dock's size, the user's "is / is not
 * a 1:1" per series), for the calendar content script, which must stay small:
 * no zod and no storage wrapper here. The background reads them with the zod
 * schemas of utils/extension/settings.ts and hands them over (utils/background/settings-service.ts);
 * changes go back through it too. A change made anywhere (the panel's "Not a
 * 1:1", another tab) reaches every calendar page through storage.onChanged
 * (utils/content/calendar-page/live-settings.ts keeps a page's copy current).
 */
import { DOCK_KEY, nameOf, RECOGNITION_OVERRIDES_KEY, SELF_EMAILS_KEY } from './storage-keys';
import { recognizeOneOnOne, type Recognition } from '../rules/recognition';
import type { CalendarEvent } from '../sites/calendars/types';
import { DOCK_WIDTH, type DockPreferences } from './dock-size';

export { DOCK_WIDTH, type DockPreferences } from './dock-size';

/** Series key → the user's word on it ("this is / is not a 1:1"). */
export type RecognitionOverrides = Record<string, boolean>;

export interface CalendarSettings {
  dock: DockPreferences;
  overrides: RecognitionOverrides;
  /** The user's own addresses (asked on the welcome page): never "the other person". */
  selfEmails: string[];
}

export const DEFAULT_DOCK: DockPreferences = { width: DOCK_WIDTH.initial, collapsed: false };

/** Their names in storage.local (utils/protocol/storage-keys.ts), for storage.onChanged. */
export const CALENDAR_SETTING_KEYS = [DOCK_KEY, RECOGNITION_OVERRIDES_KEY, SELF_EMAILS_KEY].map(nameOf);
export const DEFAULT_SETTINGS: CalendarSettings = { dock: DEFAULT_DOCK, overrides: {}, selfEmails: [] };

/** Is this event a 1:1, with the user's own word on its series and their own addresses? */
export function recognizeWithSettings(event: CalendarEvent, settings: CalendarSettings): Recognition {
  return recognizeOneOnOne(event, {
    selfEmails: event.calendar ? [...settings.selfEmails, event.calendar] : settings.selfEmails,
    override: settings.overrides[event.seriesKey],
  });
}
