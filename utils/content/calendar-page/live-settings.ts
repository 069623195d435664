/**
 * A calendar page's copy of its settings (utils/protocol/calendar-settings.ts), asked of
 * the background and kept current through storage.onChanged; changes made on the page go
 * back through the background too.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground, tellBackground } from '@/utils/protocol/messaging';
import { CALENDAR_SETTING_KEYS, DEFAULT_SETTINGS, type CalendarSettings, type DockPreferences } from '@/utils/protocol/calendar-settings';

/** The settings, checked by the background; the defaults when it cannot answer. */
export async function loadCalendarSettings(): Promise<CalendarSettings> {
  return (await askBackground({ type: 'calendar-settings' })) ?? DEFAULT_SETTINGS;
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
