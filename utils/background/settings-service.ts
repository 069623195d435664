/**
 * The background's side of utils/protocol/calendar-settings.ts: reads and writes the
 * calendar page's settings through the zod schemas of utils/extension/settings.ts.
 */
import type { Handlers } from './handlers';
import { dockPreferences, readDockPreferences, readOverrides, readSelfEmails, setOverride } from '../extension/settings';

const ok = { ok: true } as const;

/** The answers to a calendar page's settings messages. */
export const settingsHandlers: Pick<Handlers, 'calendar-settings' | 'save-dock' | 'set-override'> = {
  'calendar-settings': async () => ({
    dock: await readDockPreferences(),
    overrides: await readOverrides(),
    selfEmails: await readSelfEmails(),
  }),
  'save-dock': ({ dock }) => dockPreferences.setValue(dock).then(() => ok),
  'set-override': ({ seriesKey, isOneOnOne }) => setOverride(seriesKey, isOneOnOne).then(() => ok),
};
