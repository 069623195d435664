/**
 * The background as the browser starts it (WXT's fake browser, the database on
 * fake-indexeddb): it schedules the badge's alarms and answers each kind of sender,
 * refusing what that sender may not say and anything of the wrong shape.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;
import background from '@/entrypoints/background';
import { readPageHealth } from '@/utils/extension/page-health-record';

const calendarTab = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://calendar.google.com/calendar/u/0/r/week',
  tab: { id: 4 } as never,
});
const callTab = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://meet.google.com/abc-defg-hij',
  tab: { id: 6 } as never,
});
const stranger = (): Sender => ({ id: 'another-extension', url: 'https://calendar.google.com/', tab: { id: 9 } as never });

/** What the background answers (the fake browser returns every listener's answer). */
async function answer(message: unknown, sender: Sender): Promise<unknown> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return answers[0];
}

describe('the background', () => {
  it('starts: schedules the badge and answers the calendar page’s questions, refusing the rest', async () => {
    // What the fake browser does not implement, as the real one would take it.
    fakeBrowser.commands.onCommand.addListener = vi.fn();
    fakeBrowser.runtime.getManifest = vi.fn(() => ({ manifest_version: 3 as const, name: '1:1 Companion', version: '9.9.9' }));
    fakeBrowser.action.setBadgeText = vi.fn(async () => undefined);
    fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    const sidePanel = { setOptions: vi.fn(async () => undefined), open: vi.fn(async () => undefined), getOptions: vi.fn(async () => ({})) };
    Object.assign(fakeBrowser, { sidePanel });
    background.main();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).length).toBeGreaterThan(0));

    expect(await answer({ type: 'calendar-settings' }, calendarTab())).toMatchObject({
      dock: { width: 380, collapsed: false },
      selfEmails: [],
    });
    // The same question from a call page, another extension, or in the wrong shape: no answer.
    expect(await answer({ type: 'calendar-settings' }, callTab())).toBeUndefined();
    expect(await answer({ type: 'calendar-settings' }, stranger())).toBeUndefined();
    expect(await answer({ type: 'set-override', seriesKey: '' }, calendarTab())).toBeUndefined();
    expect(await answer({ type: 'no-such-message' }, calendarTab())).toBeUndefined();

    // A 1:1 seen on the calendar, then the warning's question about the person.
    const event = {
      key: 'k1',
      seriesKey: 's1',
      title: 'Alex / Sam 1:1',
      allDay: false,
      oneOnOne: true,
      counterpart: { name: 'Sam Rivera' },
    };
    expect(await answer({ type: 'event-seen', event }, calendarTab())).toEqual({ ok: true });
    expect(await answer({ type: 'person-brief', counterpart: { name: 'Sam Rivera' } }, calendarTab())).toEqual({
      known: false,
      cancelledLast90Days: 0,
      held: 0,
    });

    // Page health speaks only for the kind of page that sent it.
    expect(await answer({ type: 'page-health', site: 'outlook', problems: ['no-people'] }, callTab())).toBeUndefined();
    expect(await answer({ type: 'page-health', site: 'meet', problems: ['no-people'], outline: 'div' }, callTab())).toEqual({ ok: true });
    expect(Object.keys(await readPageHealth())).toEqual(['meet']);

    // A 1:1 gone from the calendar's grid: only a calendar page says so.
    expect(await answer({ type: 'event-gone', key: 'k1', start: '2026-11-26T10:00:00.000Z' }, callTab())).toBeUndefined();
    expect(await answer({ type: 'event-gone', key: 'k1', start: '2026-11-26T10:00:00.000Z' }, calendarTab())).toEqual({ ok: true });

    // The keyboard command (Alt+Shift+N): the side panel of the tab it was pressed in, on what that tab has.
    const onCommand = vi.mocked(fakeBrowser.commands.onCommand.addListener).mock.calls[0]?.[0];
    onCommand?.('open-call-notes', { id: 12 } as never);
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ tabId: 12, path: 'sidepanel.html?tab=12', enabled: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 12 });
    // Both asked before the listener returned (checked before anything could be awaited): the gesture
    // lasts only while it runs. The page's path first, then the opening.
    expect(sidePanel.open.mock.invocationCallOrder[0]).toBeGreaterThan(sidePanel.setOptions.mock.invocationCallOrder[0]!);
    // The call page's button says the same through a message.
    expect(await answer({ type: 'open-side-panel' }, callTab())).toEqual({ ok: true });
    expect(sidePanel.open).toHaveBeenLastCalledWith({ tabId: 6 });
  });
});
