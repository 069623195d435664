/**
 * The settings a calendar page needs (the dock's size, the user's "is / is not
 * a 1:1" per series), for the calendar content script, which must stay small:
 * no zod and no storage wrapper here. The background reads them with the zod
 * schemas of utils/extension/settings.ts and hands them over (utils/background/settings-service.ts);
 * changes go back through it too. A change made anywhere (the panel's "Not a
 * 1:1", another tab) reaches every calendar page through storage.onChanged.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground, tellBackground } from './messaging';
import { recognizeOneOnOne, type Recognition } from '../rules/recognition';
import type { CalendarEvent } from '../sites/calendars/types';

export const DOCK_WIDTH = { min: 280, max: 720, initial: 380 } as const;

export interface DockPreferences {
  width: number;
  collapsed: boolean;
}

/** Series key → the user's word on it ("this is / is not a 1:1"). */
export type RecognitionOverrides = Record<string, boolean>;

export interface CalendarSettings {
  dock: DockPreferences;
  overrides: RecognitionOverrides;
  /** The user's own addresses (asked on the welcome page): never "the other person". */
  selfEmails: string[];
}

export const DEFAULT_DOCK: DockPreferences = { width: DOCK_WIDTH.initial, collapsed: false };

/** Their keys in storage.local (utils/extension/settings.ts defines its WXT `local:` items with them). */
export const DOCK_KEY = 'dock';
export const OVERRIDES_KEY = 'recognitionOverrides';
export const SELF_EMAILS_KEY = 'selfEmails';
const CALENDAR_SETTING_KEYS = [DOCK_KEY, OVERRIDES_KEY, SELF_EMAILS_KEY];
const DEFAULT_SETTINGS: CalendarSettings = { dock: DEFAULT_DOCK, overrides: {}, selfEmails: [] };

/** The settings, checked by the background; the defaults when it cannot answer. */
export async function loadCalendarSettings(): Promise<CalendarSettings> {
  return (await askBackground<CalendarSettings>({ type: 'calendar-settings' })) ?? DEFAULT_SETTINGS;
}

/** Calls `onChange` with the settings again whenever one of them changes, anywhere. */
export function watchCalendarSettings(ctx: ContentScriptContext, onChange: (settings: CalendarSettings) => void): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !CALENDAR_SETTING_KEYS.some((key) => key in changes)) return;
    void loadCalendarSettings().then((settings) => {
      if (!ctx.isInvalid) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}

/** Is this event a 1:1, with the user's own word on its series and their own addresses? */
export function recognizeWithSettings(event: CalendarEvent, settings: CalendarSettings): Recognition {
  return recognizeOneOnOne(event, {
    selfEmails: event.calendar ? [...settings.selfEmails, event.calendar] : settings.selfEmails,
    override: settings.overrides[event.seriesKey],
  });
}

export function saveDockPreferences(dock: DockPreferences): Promise<void> {
  return tellBackground({ type: 'save-dock', dock });
}

/** "This series is (not) a 1:1"; `undefined` forgets it. */
export function chooseForSeries(seriesKey: string, isOneOnOne: boolean | undefined): Promise<void> {
  return tellBackground({ type: 'set-override', seriesKey, ...(isOneOnOne === undefined ? {} : { isOneOnOne }) });
}

export interface LiveCalendarSettings {
  current(): CalendarSettings;
  /** Called after each change, with the new settings already current. */
  onChange(listener: (settings: CalendarSettings) => void): void;
  /** Settled once the stored settings are in (the defaults stand in until then). */
  ready: Promise<void>;
}

/**
 * The settings of this page, kept current. Usable at once with the defaults,
 * so nothing has to wait for the background to wake up; `ready` says when the
 * stored ones are in.
 */
export function openCalendarSettings(ctx: ContentScriptContext): LiveCalendarSettings {
  let settings: CalendarSettings = DEFAULT_SETTINGS;
  const listeners: ((settings: CalendarSettings) => void)[] = [];
  const update = (next: CalendarSettings) => {
    settings = next;
    for (const listener of listeners) listener(next);
  };
  watchCalendarSettings(ctx, update);
  const ready = loadCalendarSettings().then(update);
  return { current: () => settings, onChange: (listener) => void listeners.push(listener), ready };
}
