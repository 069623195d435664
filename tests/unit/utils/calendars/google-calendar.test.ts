import { describe, expect, it } from 'vitest';
import { googleCalendar } from '@/utils/calendars/google-calendar';
import { documentOf, fixturesOf } from './fixtures';

const fixtures = fixturesOf('google-calendar');

describe('Google Calendar adapter on committed fixtures', () => {
  it('has the fixtures the adapter must handle', () => {
    expect(fixtures.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining([
        'recurring-one-on-one',
        'one-off-one-on-one',
        'team-meeting',
        'all-day',
        'room-booked',
        'german-ui',
        'long-guest-list',
        'edit-page',
      ]),
    );
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s matches its golden file', (_name, fixture) => {
    expect(googleCalendar.readOpenEvent(documentOf(fixture))).toEqual(fixture.expected);
  });

  it('reads the same event whatever the UI language', () => {
    const english = fixtures.find((fixture) => fixture.name === 'recurring-one-on-one')!;
    const german = fixtures.find((fixture) => fixture.name === 'german-ui')!;
    expect(googleCalendar.readOpenEvent(documentOf(german))).toEqual(googleCalendar.readOpenEvent(documentOf(english)));
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
