/** An adapter for the content-script features' unit tests: every question answered "no", unless told otherwise. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '@/utils/sites/calendars/types';
import { openCalendarSettings, type LiveCalendarSettings } from '@/utils/content/calendar-page/live-settings';
import { parseMessage } from '@/utils/protocol/message-schemas';
import { settingsHandlers } from '@/utils/background/settings-service';
import { dispatch, type Handlers } from '@/utils/background/handlers';

export function fakeAdapter(answers: Partial<CalendarAdapter> = {}): CalendarAdapter {
  return {
    id: 'google-calendar',
    label: 'Test',
    matches: [],
    hosts: [],
    readOpenEvent: () => null,
    readChipEvent: () => null,
    deleteRequest: () => null,
    isDeleteShortcut: () => false,
    scopeConfirm: () => null,
    dismissScope: () => undefined,
    openEditor: () => false,
    isListed: () => true,
    readListedEvent: () => null,
    ...answers,
  };
}

/**
 * The calendar page's settings as the content script gets them: through a
 * background that answers with the real service (utils/background/settings-service.ts).
 */
export async function pageSettings(ctx: ContentScriptContext): Promise<LiveCalendarSettings> {
  // The fake browser answers through sendResponse only (a returned promise is not an answer there).
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse: (answer: unknown) => void) => {
    const message = parseMessage(raw);
    if (message?.type !== 'calendar-settings' && message?.type !== 'save-dock' && message?.type !== 'set-override') return undefined;
    void Promise.resolve(dispatch(settingsHandlers as Handlers, message, {})).then(sendResponse);
    return true;
  });
  const settings = openCalendarSettings(ctx);
  await settings.ready;
  return settings;
}
