import { describe, expect, it } from 'vitest';
import { googleCalendar } from '@/utils/calendars/google-calendar';
import { documentOf, fixturesOf } from './fixtures';

const fixtures = fixturesOf('google-calendar');
const doc = (name: string) => documentOf(fixtures.find((fixture) => fixture.name === name)!);
const shownPopover = (page: Document) => page.querySelector('[role="dialog"]:not([aria-hidden]) #xDetDlg')!;

describe('Google Calendar delete controls', () => {
  it('finds the popover’s delete by id, and nothing else in the popover', () => {
    const page = doc('recurring-one-on-one');
    const popover = shownPopover(page);
    popover.insertAdjacentHTML(
      'afterbegin',
      '<div id="xDetDlgDelBu" role="button"><i>delete</i></div><div id="xDetDlgEditBu" role="button"></div>',
    );
    expect(googleCalendar.deleteRequest(page, popover.querySelector('#xDetDlgDelBu i')!, null)?.title).toBe('Alex / Sam 1:1');
    expect(googleCalendar.deleteRequest(page, popover.querySelector('#xDetDlgEditBu')!, null)).toBeNull();
    expect(googleCalendar.deleteRequest(page, page.querySelector('[role="dialog"]:not([aria-hidden]) #rAECCd')!, null)).toBeNull();
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
