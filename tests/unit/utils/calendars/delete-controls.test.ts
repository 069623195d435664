// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { googleCalendar } from '@/utils/sites/calendars/google-calendar';
import { documentOf, fixturesOf } from './fixtures';

const fixtures = fixturesOf('google-calendar');
const doc = (name: string) => documentOf(fixtures.find((fixture) => fixture.name === name)!);
// Found by walking, not by one selector: jsdom stops at the first of two equal ids (hidden leftovers repeat them).
const shownPopover = (page: Document) =>
  [...page.querySelectorAll('[role="dialog"]')].find((dialog) => !dialog.hasAttribute('aria-hidden'))!.querySelector('[data-eventid]')!;

describe('Google Calendar delete controls', () => {
  it('finds the popover’s delete by id, and nothing else in the popover', () => {
    for (const name of ['recurring-one-on-one', 'older-recurring-one-on-one']) {
      const page = doc(name);
      const popover = shownPopover(page);
      // A click lands on the icon inside the button.
      const button = [...popover.querySelectorAll('[id="xDetDlgDelBu"]')][0]!;
      const icon = button.firstElementChild ?? button;
      expect(googleCalendar.deleteRequest(page, icon, null)?.title).toBe('Alex / Sam 1:1');
      expect(googleCalendar.deleteRequest(page, popover.querySelector('[aria-label="Edit event"]')!, null)).toBeNull();
      expect(googleCalendar.deleteRequest(page, popover.querySelector('[role="heading"]')!, null)).toBeNull();
    }
  });

  it('finds the edit page’s delete by its label (no id is known for it)', () => {
    const page = doc('edit-page');
    const button = page.querySelector('[aria-label="Delete"]')!;
    expect(googleCalendar.deleteRequest(page, button.querySelector('i')!, null)).toMatchObject({
      title: 'Alex / Sam 1:1',
      source: 'edit-page',
    });
    expect(googleCalendar.deleteRequest(page, page.querySelector('#xSaveBu')!, null)).toBeNull();
    button.setAttribute('aria-label', 'Löschen');
    expect(googleCalendar.deleteRequest(page, button, null)).not.toBeNull();
  });

  it('treats Delete and Backspace as the delete shortcut only with a popover open and no text field focused', () => {
    const page = doc('recurring-one-on-one');
    const view = page.defaultView!;
    const press = (key: string, target: Element, init: KeyboardEventInit = {}) => {
      let answer: boolean | undefined;
      const listener = (event: Event) => (answer = googleCalendar.isDeleteShortcut(target.ownerDocument, event as KeyboardEvent));
      target.ownerDocument.addEventListener('keydown', listener);
      target.dispatchEvent(new view.KeyboardEvent('keydown', { key, bubbles: true, ...init }));
      target.ownerDocument.removeEventListener('keydown', listener);
      return answer;
    };
    expect(press('Delete', page.body)).toBe(true);
    expect(press('Backspace', page.body)).toBe(true);
    expect(press('Delete', page.body, { ctrlKey: true })).toBe(false);
    expect(press('a', page.body)).toBe(false);
    page.body.insertAdjacentHTML('beforeend', '<input id="search">');
    expect(press('Backspace', page.querySelector('#search')!)).toBe(false);
    const empty = doc('no-event-open');
    const emptyPress = new empty.defaultView!.KeyboardEvent('keydown', { key: 'Delete' });
    expect(googleCalendar.isDeleteShortcut(empty, emptyPress)).toBe(false);
  });

  it('reads the scope chosen in the page’s own "which occurrences?" dialog, by position', () => {
    const page = doc('recurring-one-on-one');
    page.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog"><div role="radiogroup"><input type="radio" name="s" checked><input type="radio" name="s"><input type="radio" name="s"></div>
       <button data-mdc-dialog-action="cancel">Abbrechen</button><button data-mdc-dialog-action="ok">OK</button></div>`,
    );
    const ok = page.querySelector('[data-mdc-dialog-action="ok"]')!;
    expect(googleCalendar.scopeConfirm(page, ok)).toEqual({ series: false });
    (page.querySelectorAll('input[type="radio"]')[1] as HTMLInputElement).checked = true;
    expect(googleCalendar.scopeConfirm(page, ok)).toEqual({ series: true });
    expect(googleCalendar.scopeConfirm(page, page.querySelector('[data-mdc-dialog-action="cancel"]')!)).toBeNull();
  });

  it('reads a stacked chip (all-day, month view) by its container', () => {
    const page = doc('month-view');
    const inner = page.querySelector('[data-stacked-layout-chip]')!;
    expect(googleCalendar.readChipEvent(page, inner)).toMatchObject({
      key: 'google-calendar:7kq3m0c2v1p9h8r4t6s5a2b1c0/20260305T090000Z',
      title: 'Alex / Sam 1:1',
      start: '2026-03-05T09:00:00.000Z',
      end: '2026-03-05T09:30:00.000Z',
      recurring: true,
      source: 'chip',
    });
  });

  it('never takes a calendar part cut short for the user’s address', () => {
    const page = doc('one-off-by-other');
    const holder = shownPopover(page);
    holder.removeAttribute('jslog');
    const event = googleCalendar.readOpenEvent(page)!;
    expect(event.calendar).toBeUndefined();
    expect(event.attendees.some((attendee) => attendee.self)).toBe(false);
    // And the chip is still found again, though its id holds the cut part.
    expect(googleCalendar.isListed(page, event)).toBe(true);
  });

  it('reads the date from the video row when the date line is not where it was', () => {
    const page = doc('recurring-one-on-one');
    shownPopover(page).querySelector('[role="heading"]')!.closest('[data-text]')!.nextElementSibling!.remove();
    for (const chip of page.querySelectorAll('[data-eventchip]')) chip.remove();
    expect(googleCalendar.readOpenEvent(page)).toMatchObject({ start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T09:30:00.000Z' });
  });

  it('reads a chip alone, and finds an event’s chip again', () => {
    const page = doc('recurring-one-on-one');
    const open = googleCalendar.readOpenEvent(page)!;
    const chip = [...page.querySelectorAll('[data-eventchip]')].find((candidate) => candidate.textContent?.includes('Alex / Sam 1:1'))!;
    expect(googleCalendar.readChipEvent(page, chip)).toMatchObject({
      key: open.key,
      title: 'Alex / Sam 1:1',
      start: open.start,
      source: 'chip',
    });
    expect(googleCalendar.readListedEvent(page, open)?.key).toBe(open.key);
    expect(googleCalendar.isListed(page, open)).toBe(true);
    chip.remove();
    expect(googleCalendar.isListed(page, open)).toBe(false);
  });
});
