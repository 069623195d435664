// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { googleCalendar } from '@/utils/sites/calendars/google-calendar';
import { documentOf, fixturesOf } from './fixtures';

const fixtures = fixturesOf('google-calendar');

describe('Google Calendar adapter on committed fixtures', () => {
  it('has the fixtures the adapter must handle', () => {
    expect(fixtures.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining([
        // The 2026 layout (the main case).
        'recurring-one-on-one',
        'one-off-by-other',
        'headcount-weekly-sync',
        'title-with-digits',
        'team-meeting',
        'room-booked',
        '24-hour-no-name',
        'other-year',
        'all-day',
        'large-guest-list',
        'half-loaded',
        'month-view',
        'german-ui',
        'japanese-ui',
        // The layout before it.
        'older-recurring-one-on-one',
        'older-one-off-one-on-one',
        'older-team-meeting',
        'older-all-day',
        'older-room-booked',
        'older-german-ui',
        'older-long-guest-list',
        'older-popover-loading',
        'edit-page',
      ]),
    );
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s matches its golden file', (_name, fixture) => {
    expect(googleCalendar.readOpenEvent(documentOf(fixture))).toEqual(fixture.expected);
  });

  it('reads the same event whatever the UI language, in either layout', () => {
    const read = (name: string) => googleCalendar.readOpenEvent(documentOf(fixtures.find((fixture) => fixture.name === name)!));
    const english = read('recurring-one-on-one');
    expect(read('german-ui')).toEqual(english);
    expect(read('japanese-ui')).toEqual(english);
    expect(read('older-german-ui')).toEqual(read('older-recurring-one-on-one'));
  });

  it('takes the day two of its three sources agree on (date line, chip, video row), else the chip’s', () => {
    const fresh = () => documentOf(fixtures.find((fixture) => fixture.name === 'recurring-one-on-one')!);
    const shown = (page: Document) => [...page.querySelectorAll('[role="dialog"]')].find((dialog) => !dialog.hasAttribute('aria-hidden'))!;
    const dateLine = (page: Document) => shown(page).querySelector('[role="heading"]')!.closest('[data-text]')!.nextElementSibling!;
    // The date line alone says Friday 6 March (a word misread): the chip and the video row say Thursday 5.
    const misread = fresh();
    dateLine(misread).firstChild!.textContent = 'Friday, March 6';
    expect(googleCalendar.readOpenEvent(misread)?.start).toBe('2026-03-05T09:00:00.000Z');
    // The date line and the video row agree on Friday 6 March against the chip: they win.
    const moved = fresh();
    dateLine(moved).firstChild!.textContent = 'Friday, March 6';
    const video = shown(moved).querySelector('[data-details]')!;
    video.setAttribute('data-details', video.getAttribute('data-details')!.replace('Thursday, March 5', 'Friday, March 6'));
    expect(googleCalendar.readOpenEvent(moved)?.start).toBe('2026-03-06T09:00:00.000Z');
  });

  it('finds the other person of a 1:1 the page names only by headcount, with their address', () => {
    for (const name of ['headcount-weekly-sync', 'one-off-by-other']) {
      const event = googleCalendar.readOpenEvent(documentOf(fixtures.find((fixture) => fixture.name === name)!))!;
      const others = event.attendees.filter((attendee) => !attendee.self && !attendee.resource);
      expect(others).toHaveLength(1);
      expect(others[0]?.email).toMatch(/@northwind\.example$/);
    }
  });

  it('follows the reused popover when it switches to another event', () => {
    const doc = documentOf(fixtures.find((fixture) => fixture.name === 'recurring-one-on-one')!);
    const holder = doc.querySelector('[role="dialog"]:not([aria-hidden]) #xDetDlg')!;
    const teamChip = [...doc.querySelectorAll('[data-eventchip]')].find((chip) => chip.textContent?.includes('Platform team'))!;
    holder.setAttribute('data-eventid', teamChip.getAttribute('data-eventid')!);
    doc.querySelector('[role="dialog"]:not([aria-hidden]) #rAECCd')!.textContent = 'Platform team weekly';
    expect(googleCalendar.readOpenEvent(doc)).toMatchObject({ title: 'Platform team weekly', eventId: '1ab2cd3ef4gh5ij6kl7mn8op9q' });
  });

  it('reports nothing while the popover is hidden', () => {
    const doc = documentOf(fixtures.find((fixture) => fixture.name === 'recurring-one-on-one')!);
    for (const dialog of doc.querySelectorAll('[role="dialog"]')) dialog.setAttribute('aria-hidden', 'true');
    expect(googleCalendar.readOpenEvent(doc)).toBeNull();
  });

  it('ignores an event id that is not one', () => {
    const doc = documentOf(fixtures.find((fixture) => fixture.name === 'recurring-one-on-one')!);
    doc.querySelector('[role="dialog"]:not([aria-hidden]) #xDetDlg')!.setAttribute('data-eventid', '<img src=x onerror=alert(1)>');
    expect(googleCalendar.readOpenEvent(doc)).toBeNull();
  });
});

describe('the grid, read whole (the calendar tells us what is coming)', () => {
  const grid = (name: string) => googleCalendar.readGridEvents!(documentOf(fixtures.find((fixture) => fixture.name === name)!));

  it('reads every chip of the week once, each with its own day and time', () => {
    const events = grid('no-event-open');
    expect(events.map((event) => event.title)).toEqual(
      expect.arrayContaining(['Alex / Sam 1:1', '1:1 Alex / Priya', 'Platform team weekly']),
    );
    expect(new Set(events.map((event) => event.key)).size).toBe(events.length);
    for (const event of events) expect(event.source).toBe('chip');
    expect(events.find((event) => event.title === '1:1 Alex / Priya')?.start).toBe(new Date(2026, 2, 4, 11).toISOString());
  });

  it('leaves out the open popover’s own copy of an event', () => {
    const open = grid('recurring-one-on-one');
    expect(open.filter((event) => event.title === 'Alex / Sam 1:1').length).toBeGreaterThanOrEqual(1);
    expect(new Set(open.map((event) => event.key)).size).toBe(open.length);
  });
});
