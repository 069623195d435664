/** Issue 17.9: the background obeys each message only from the senders that need it. */
import { describe, expect, it } from 'vitest';
import { mayAccept, mayReportOn, rateLimiter, senderKind, type Sender } from '@/utils/protocol/message-senders';
import type { Message } from '@/utils/protocol/messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const kind = (sender: Sender) => senderKind(sender, ID, ORIGIN);

const calendarTab: Sender = { id: ID, url: 'https://calendar.google.com/calendar/u/0/r/week', tab: { id: 4 } };
const outlookTab: Sender = { id: ID, url: 'https://outlook.cloud.microsoft/calendar/view/week', tab: { id: 5 } };
const callTab: Sender = { id: ID, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 6 } };
const popup: Sender = { id: ID, url: `${ORIGIN}/popup.html` };
const dockedPanel: Sender = { id: ID, url: `${ORIGIN}/panel.html#x`, tab: { id: 4 } };

describe('message senders', () => {
  it('knows calendar tabs, call tabs and the extension’s own pages', () => {
    expect(kind(calendarTab)).toBe('calendar');
    expect(kind(outlookTab)).toBe('calendar');
    expect(kind(callTab)).toBe('call');
    expect(kind(popup)).toBe('extension');
    expect(kind(dockedPanel)).toBe('extension');
  });

  it('listens to nobody else', () => {
    expect(kind({ ...calendarTab, id: 'another-extension' })).toBeUndefined();
    expect(kind({ id: ID, url: 'https://evil.example/calendar.google.com', tab: { id: 1 } })).toBeUndefined();
    expect(kind({ id: ID, url: 'http://calendar.google.com/', tab: { id: 1 } })).toBeUndefined();
    expect(kind({ id: ID, url: 'https://calendar.google.com/' })).toBeUndefined();
    expect(kind({ id: ID })).toBeUndefined();
    expect(kind({ id: ID, url: 'chrome-extension://someone-else/popup.html' })).toBeUndefined();
  });

  it.each<[Message['type'], Sender, boolean]>([
    ['meeting-cancelled', calendarTab, true],
    ['meeting-cancelled', callTab, false],
    ['meeting-cancelled', popup, false],
    ['person-brief', calendarTab, true],
    ['person-brief', callTab, false],
    ['event-seen', callTab, false],
    ['call-state', callTab, true],
    ['call-state', calendarTab, false],
    ['open-side-panel', calendarTab, false],
    ['commitments-changed', popup, true],
    ['commitments-changed', calendarTab, false],
    ['popup-opened', callTab, false],
    ['set-override', dockedPanel, true],
    ['set-override', calendarTab, true],
    ['set-override', callTab, false],
  ])('%s from %o: %s', (type, sender, accepted) => {
    expect(mayAccept(type, kind(sender))).toBe(accepted);
  });

  it('a page-health report speaks only for the kind of page that sent it', () => {
    expect(mayAccept('page-health', kind(callTab))).toBe(true);
    expect(mayReportOn('meet', kind(callTab))).toBe(true);
    expect(mayReportOn('teams', kind(callTab))).toBe(true);
    expect(mayReportOn('outlook', kind(callTab))).toBe(false);
    expect(mayReportOn('google-calendar', kind(calendarTab))).toBe(true);
    expect(mayReportOn('meet', kind(calendarTab))).toBe(false);
    expect(mayReportOn('meet', kind(popup))).toBe(false);
  });

  it('rate-limits per key', () => {
    let now = 0;
    const allow = rateLimiter(3, 60_000, () => now);
    expect([allow('4'), allow('4'), allow('4'), allow('4')]).toEqual([true, true, true, false]);
    expect(allow('5')).toBe(true);
    now = 60_001;
    expect(allow('4')).toBe(true);
  });
});
