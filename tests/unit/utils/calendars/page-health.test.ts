// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { googleCalendar } from '@/utils/sites/calendars/google-calendar';
import { outlook } from '@/utils/sites/calendars/outlook';
import { outlineOf } from '@/utils/sites/calendars/page-outline';
import { documentOf, fixturesOf } from './fixtures';

const fixtures = fixturesOf('google-calendar');
const doc = (name: string) => documentOf(fixtures.find((fixture) => fixture.name === name)!);
const shownDialog = (page: Document) =>
  [...page.querySelectorAll('[role="dialog"]')].find((dialog) => !dialog.hasAttribute('aria-hidden'))!;

describe('the page-health check on Google Calendar', () => {
  it('finds nothing wrong on the pages it can read, in either layout', () => {
    for (const name of [
      'recurring-one-on-one',
      'team-meeting',
      'large-guest-list',
      'all-day',
      'japanese-ui',
      'older-recurring-one-on-one',
    ]) {
      expect(googleCalendar.checkHealth!(doc(name))?.problems, name).toEqual([]);
    }
    expect(googleCalendar.checkHealth!(doc('month-view'))).toBeNull();
  });

  it('says what it could not read when the page has changed', () => {
    expect(googleCalendar.checkHealth!(doc('half-loaded'))?.problems).toEqual(['no-guest-rows']);
    const page = doc('recurring-one-on-one');
    const dialog = shownDialog(page);
    for (const button of dialog.querySelectorAll('[aria-label="Delete event"]')) button.remove();
    dialog.querySelector('[role="heading"]')!.closest('[data-text]')!.nextElementSibling!.remove();
    dialog.querySelector('[data-details]')!.removeAttribute('data-details');
    for (const chip of page.querySelectorAll('[data-eventchip]')) chip.remove();
    dialog.querySelector('[data-eventid]')!.setAttribute('data-eventid', 'not an id');
    expect(googleCalendar.checkHealth!(page)?.problems).toEqual(['no-event-id', 'no-delete-button']);
  });
});

describe('the page-health check on Outlook on the web', () => {
  const outlookDoc = (name: string) => documentOf(fixturesOf('outlook').find((fixture) => fixture.name === name)!);

  it('finds nothing wrong on the peek cards and forms it can read', () => {
    const readable = [
      ...[
        'one-on-one-peek',
        'one-on-one-form',
        'by-other-peek',
        'german-ui-form',
        'german-ui-peek',
        'japanese-ui-peek',
        'japanese-ui-form',
      ],
      ...[
        'older-recurring-one-on-one-peek',
        'older-one-off-one-on-one',
        'older-recurring-one-on-one-form',
        'older-room-booked-form',
        'older-german-ui',
      ],
    ];
    for (const name of readable) expect(outlook.checkHealth!(outlookDoc(name))?.problems, name).toEqual([]);
    expect(outlook.checkHealth!(outlookDoc('no-event-open'))).toBeNull();
    expect(outlook.checkHealth!(outlookDoc('older-no-event-open'))).toBeNull();
  });

  it.each(['one-on-one-peek', 'older-recurring-one-on-one-peek'])('says what it could not read when the card has changed (%s)', (name) => {
    const page = outlookDoc(name);
    const peek = page.querySelector('[data-app-section="CalendarItemPeek"]')!;
    // Neither the trash-can icon nor a delete or cancel word: the card's buttons changed.
    for (const button of peek.querySelectorAll('button')) if (button.querySelector('svg, i[data-icon-name="Delete"]')) button.remove();
    for (const chip of page.querySelectorAll('[data-calitemid]')) chip.removeAttribute('data-calitemid');
    const problems = outlook.checkHealth!(page)?.problems;
    expect(problems).toContain('no-delete-button');
    expect(problems).toContain('no-event-id');
  });
});

describe('the report outline', () => {
  it('keeps the structure and drops every name, address, title and text', () => {
    const page = doc('one-off-by-other');
    const dialog = shownDialog(page);
    // More real-looking people, in every place a page could hold them.
    dialog.querySelector('[role="tree"]')!.insertAdjacentHTML(
      'beforeend',
      `<div role="treeitem" data-email="zoe.okafor@contoso.example" data-id="zoe.okafor@contoso.example" aria-label="Zoë Okafor, Attending" title="Zoë Okafor" id="zoe.okafor@contoso.example" class="a b c">
        <img alt="Zoë Okafor" src="https://lh3.example/zoe.png"><span data-name="Zoë Okafor">Zoë Okafor</span><span>zoe.okafor@contoso.example</span></div>
       <div role="Zoë Okafor" data-hovercard-id="mbeck@contoso.example"><span>Marc Beck &lt;mbeck@contoso.example&gt;</span></div>`,
    );
    const outline = outlineOf(dialog);
    for (const secret of [
      'Priya',
      'Natarajan',
      'Alex',
      'Kim',
      'Career chat',
      'Zoë',
      'Okafor',
      'Marc',
      'Beck',
      '@',
      'northwind',
      'contoso',
      'lh3',
      'http',
      'Wednesday',
      '2:30',
    ]) {
      expect(outline, secret).not.toContain(secret);
    }
    // What a developer needs to write a fixture is there.
    expect(outline).toContain('#xDetDlgWhen');
    expect(outline).toContain('[role=tree]');
    expect(outline).toContain('#xDtlDlgOrg');
    expect(outline).toMatch(/\[role=treeitem\] \[aria-label=\(\d+\)\] \[data-email data-hovercard-id data-id\]/);
    expect(outline).toMatch(/#rAECCd \[role=heading\] "\(\d+\)"/);
  });
});
