import { describe, expect, it } from 'vitest';
import { checkEmails, readSelfEmails, selfEmails } from '@/utils/extension/settings';
import { recognizeWithSettings, type CalendarSettings } from '@/utils/protocol/calendar-settings';
import { settingsHandlers } from '@/utils/background/settings-service';
import type { CalendarEvent } from '@/utils/sites/calendars/types';

describe('the user’s own addresses', () => {
  it('reads addresses one per line or separated by commas, lower-cased, without repeats', () => {
    expect(checkEmails(' Alex.Kim@northwind.example,\nalex@home.example  alex.kim@northwind.example ')).toEqual({
      ok: true,
      emails: ['alex.kim@northwind.example', 'alex@home.example'],
    });
    expect(checkEmails('   ')).toEqual({ ok: true, emails: [] });
  });

  it('names the first entry that is not an address, and saves nothing', () => {
    expect(checkEmails('alex@home.example\nAlex Kim')).toEqual({
      ok: false,
      error: '“Alex” is not an email address. Nothing was saved.',
    });
  });

  it('falls back to none when what is stored is not a list of addresses', async () => {
    await selfEmails.setValue(['alex@home.example']);
    expect(await readSelfEmails()).toEqual(['alex@home.example']);
    await selfEmails.setValue(['not an address'] as string[]);
    expect(await readSelfEmails()).toEqual([]);
  });

  it('reach the calendar page through the background', async () => {
    await selfEmails.setValue(['alex@home.example']);
    expect(await settingsHandlers['calendar-settings']({ type: 'calendar-settings' }, {})).toMatchObject({
      selfEmails: ['alex@home.example'],
    });
  });

  it('tell the user apart from the other person when the calendar does not say which one is the user', () => {
    // Sam organised the 1:1 and the page marks nobody as "you": without the addresses, the
    // invited one (the user) would be taken for the other person.
    const event: CalendarEvent = {
      site: 'google-calendar',
      key: 'k',
      seriesKey: 'k',
      eventId: 'k',
      title: 'Sam / Alex',
      allDay: false,
      recurring: true,
      attendees: [
        { email: 'sam.rivera@northwind.example', name: 'Sam Rivera', organizer: true },
        { email: 'alex@home.example', name: 'Alex Kim' },
      ],
      source: 'popover',
    };
    const settings = (selfEmails: string[]): CalendarSettings => ({ dock: { width: 380, collapsed: false }, overrides: {}, selfEmails });
    expect(recognizeWithSettings(event, settings([])).counterpart?.email).toBe('alex@home.example');
    const withAddresses = recognizeWithSettings(event, settings(['alex@home.example']));
    expect(withAddresses.isOneOnOne).toBe(true);
    expect(withAddresses.counterpart?.email).toBe('sam.rivera@northwind.example');
  });
});
