/**
 * The background's side of utils/protocol/calendar-settings.ts: reads and writes the
 * calendar page's settings through the zod schemas of utils/settings.ts.
 */
import type { CalendarSettings } from '../protocol/calendar-settings';
import type { Message } from '../protocol/messaging';
import { dockPreferences, readDockPreferences, readOverrides, readSelfEmails, setOverride } from '../extension/settings';

type SettingsMessage = Extract<Message, { type: 'calendar-settings' | 'save-dock' | 'set-override' }>;

export async function answerSettingsMessage(message: SettingsMessage): Promise<CalendarSettings | { ok: true }> {
  switch (message.type) {
    case 'calendar-settings':
      return { dock: await readDockPreferences(), overrides: await readOverrides(), selfEmails: await readSelfEmails() };
    case 'save-dock':
      await dockPreferences.setValue(message.dock);
      return { ok: true };
    case 'set-override':
      await setOverride(message.seriesKey, message.isOneOnOne);
      return { ok: true };
  }
}
