// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outlook } from '@/utils/calendars/outlook';
import { documentOf, fixturesOf } from './fixtures';
import { JSDOM } from 'jsdom';

const fixtures = fixturesOf('outlook');
const fixture = (name: string) => fixtures.find((candidate) => candidate.name === name)!;
const chipButton = (doc: Document, title: string) =>
  [...doc.querySelectorAll('[data-calitemid] [role="button"]')].find((button) => button.textContent?.includes(title))!;

describe('Outlook adapter on committed fixtures', () => {
  it('has the fixtures the adapter must handle, on at least two hosts', () => {
    expect(fixtures.map((candidate) => candidate.name)).toEqual(
      expect.arrayContaining([
        'recurring-one-on-one-peek',
        'recurring-one-on-one-form',
        'one-off-one-on-one',
        'team-meeting',
        'all-day',
        'cancelled-one-on-one',
        'german-ui',
      ]),
    );
    expect(new Set(fixtures.map((candidate) => new URL(candidate.url).host)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures.map((candidate) => [candidate.name, candidate] as const))('%s matches its golden file', (_name, candidate) => {
    expect(outlook.readOpenEvent(documentOf(candidate))).toEqual(candidate.expected);
  });

  it('reads the same event from the peek card, the full form and the German interface', () => {
    const peek = outlook.readOpenEvent(documentOf(fixture('recurring-one-on-one-peek')));
    const german = outlook.readOpenEvent(documentOf(fixture('german-ui')));
    const form = outlook.readOpenEvent(documentOf(fixture('recurring-one-on-one-form')));
    expect(german).toEqual(peek);
    expect({ ...form, source: 'popover' }).toEqual(peek);
  });

  it('serves every Outlook host', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'])
      expect(outlook.matches).toContain(`https://${host}/*`);
  });

  it('ties the peek card to the expanded chip before matching by subject', () => {
    const doc = documentOf(fixture('recurring-one-on-one-peek'));
    // Another chip with the same subject on another day: only the expanded one is the card's.
    const copy = doc.querySelector('[data-calitemid]')!.cloneNode(true) as Element;
    copy.setAttribute('data-calitemid', 'OTHER');
    copy
      .querySelector('[role="button"]')!
      .setAttribute('aria-label', 'Alex / Sam 1:1, 10:00 AM to 10:30 AM, Monday, March 2, 2026, By Alex Kim');
    doc.querySelector('[data-app-section="calendar-view-0"]')!.append(copy);
    expect(outlook.readOpenEvent(doc)?.eventId).not.toBe('OTHER');
    chipButton(doc, 'Alex / Sam 1:1').setAttribute('aria-expanded', 'false');
    copy.querySelector('[role="button"]')!.setAttribute('aria-expanded', 'true');
    expect(outlook.readOpenEvent(doc)?.eventId).toBe('OTHER');
  });

  it('reads a chip alone, status and organiser from its words', () => {
    const doc = documentOf(fixture('no-event-open'));
    const cancelled = outlook.readChipEvent(doc, chipButton(doc, 'Mentoring with Chris'));
    expect(cancelled).toMatchObject({
      title: 'Mentoring with Chris',
      status: 'cancelled',
      start: '2026-03-02T15:00:00.000Z',
      source: 'chip',
    });
    const sam = outlook.readChipEvent(doc, chipButton(doc, 'Alex / Sam 1:1'));
    // The same series key from a chip as from the card, so "Not a 1:1" holds everywhere.
    expect(sam?.seriesKey).toBe(outlook.readOpenEvent(documentOf(fixture('recurring-one-on-one-peek')))?.seriesKey);
    expect(sam).toMatchObject({ recurring: true, allDay: false, end: '2026-03-05T09:30:00.000Z' });
  });

  it('marks optional guests by where the form lists them', () => {
    const doc = documentOf(fixture('recurring-one-on-one-form'));
    const sam = doc.querySelector('[aria-label^="Sam Rivera"]')!.parentElement!;
    doc.querySelector('[id$="_OPTIONAL_ATTENDEES"]')!.append(sam);
    expect(outlook.readOpenEvent(doc)?.attendees.find((attendee) => attendee.name === 'Sam Rivera')).toMatchObject({ optional: true });
  });

  it('reports nothing off the calendar, while the card loads, or for a hostile page', () => {
    const mail = documentOf({ ...fixture('recurring-one-on-one-peek'), url: 'https://outlook.office.com/mail/inbox' });
    expect(outlook.readOpenEvent(mail)).toBeNull();
    const loading = documentOf(fixture('recurring-one-on-one-peek'));
    loading.querySelector('[data-app-section="CalendarItemPeek"] [role="heading"]')!.textContent = '';
    expect(outlook.readOpenEvent(loading)).toBeNull();
    const hostile = documentOf(fixture('recurring-one-on-one-peek'));
    for (const chip of hostile.querySelectorAll('[data-calitemid]')) chip.removeAttribute('data-calitemid');
    expect(outlook.readOpenEvent(hostile)).toBeNull();
  });
});

describe('Outlook delete controls', () => {
  it('finds Delete on the peek card, in the form toolbar and in a context menu, by icon', () => {
    const peekDoc = documentOf(fixture('recurring-one-on-one-peek'));
    const peekDelete = peekDoc.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Delete"]')!;
    expect(outlook.deleteRequest(peekDoc, peekDelete, null)?.title).toBe('Alex / Sam 1:1');
    const edit = peekDoc.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Edit"]')!;
    expect(outlook.deleteRequest(peekDoc, edit, null)).toBeNull();

    const formDoc = documentOf(fixture('recurring-one-on-one-form'));
    const formDelete = formDoc.querySelector('[data-app-section="Toolbar"] [data-icon-name="Delete"]')!.closest('button')!;
    expect(outlook.deleteRequest(formDoc, formDelete, null)?.source).toBe('edit-page');

    const menuDoc = documentOf(fixture('no-event-open'));
    const menuEvent = outlook.readChipEvent(menuDoc, chipButton(menuDoc, '1:1 Alex / Priya'));
    menuDoc.body.insertAdjacentHTML(
      'beforeend',
      '<div role="menu"><button role="menuitem"><i data-icon-name="Delete"></i>Delete</button></div>',
    );
    expect(outlook.deleteRequest(menuDoc, menuDoc.querySelector('[role="menuitem"]')!, menuEvent)).toBe(menuEvent);
  });

  it('treats "Cancel meeting" (the organiser’s delete) like Delete', () => {
    const doc = documentOf(fixture('recurring-one-on-one-form'));
    const toolbar = doc.querySelector('[data-app-section="Toolbar"]')!;
    toolbar.insertAdjacentHTML(
      'beforeend',
      '<button><i data-icon-name="CalendarCancel"></i>Cancel meeting</button><button>Cancel meeting</button>',
    );
    const [byIcon, byLabel] = [...toolbar.querySelectorAll('button')].slice(-2);
    expect(outlook.deleteRequest(doc, byIcon!, null)?.title).toBe('Alex / Sam 1:1');
    expect(outlook.deleteRequest(doc, byLabel!, null)?.title).toBe('Alex / Sam 1:1');
    const save = doc.querySelector('[data-app-section="Toolbar"] [data-icon-name="Save"]')!;
    expect(outlook.deleteRequest(doc, save, null)).toBeNull();
  });

  it('never stops a Delete in mail, which shares the page', () => {
    const mail = documentOf({ ...fixture('recurring-one-on-one-peek'), url: 'https://outlook.office.com/mail/inbox' });
    const button = mail.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Delete"]')!;
    expect(outlook.deleteRequest(mail, button, null)).toBeNull();
  });

  it('falls back to the label table when the icon is gone', () => {
    const doc = documentOf(fixture('german-ui'));
    const button = doc.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Delete"]')!.closest('button')!;
    button.querySelector('i')!.remove();
    expect(button.getAttribute('aria-label')).toBe('Löschen');
    expect(outlook.deleteRequest(doc, button, null)?.title).toBe('Alex / Sam 1:1');
  });

  it('reads the scope chosen in the page’s own "which occurrences?" modal', () => {
    const doc = documentOf(fixture('no-event-open'));
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<div id="ModalFocusTrapZone7" role="dialog"><div role="radiogroup">
        <input type="radio" name="s" checked><input type="radio" name="s"><input type="radio" name="s"></div>
        <button class="ms-Button ms-Button--primary">OK</button><button class="ms-Button">Cancel</button></div>`,
    );
    const [ok, cancel] = doc.querySelectorAll('[id^="ModalFocusTrapZone"] button');
    expect(outlook.scopeConfirm(doc, ok!)).toEqual({ series: false });
    expect(outlook.scopeConfirm(doc, cancel!)).toBeNull();
    (doc.querySelectorAll('input')[2] as HTMLInputElement).checked = true;
    expect(outlook.scopeConfirm(doc, ok!)).toEqual({ series: true });
  });

  it('knows whether an event is still in the grid', () => {
    const doc = documentOf(fixture('recurring-one-on-one-peek'));
    const event = outlook.readOpenEvent(doc)!;
    expect(outlook.isListed(doc, event)).toBe(true);
    chipButton(doc, 'Alex / Sam 1:1').parentElement!.remove();
    expect(outlook.isListed(doc, event)).toBe(false);
    // An id that would break out of the attribute selector is only an id that is not there.
    expect(outlook.isListed(doc, { ...event, eventId: 'x"], *, [a="\\' })).toBe(false);
  });
});

describe('Outlook chips as they are in 2026 (shared/CALENDAR-DOM.md)', () => {
  const chipPage = (label: string, title?: string) =>
    new JSDOM(
      `<div data-app-section="calendar-view-0"><div data-calitemid="AAMk1"><div role="button" aria-label="${label}"${
        title === undefined ? '' : ` title="${title}"`
      }>x</div></div></div>`,
      { url: 'https://outlook.cloud.microsoft/calendar/view/week' },
    ).window.document;
  const read = (label: string, title?: string) => {
    const doc = chipPage(label, title);
    return outlook.readChipEvent(doc, doc.querySelector('[role="button"]')!);
  };

  it('drops an icon named first, and keeps commas inside the subject', () => {
    const event = read('Meeting icon, Sync, design, and plans, 10:00 AM to 10:30 AM, Thursday, March 5, 2026, By Alex Kim, Busy');
    expect(event).toMatchObject({ title: 'Sync, design, and plans', start: expect.stringMatching(/^2026-03-05T/) });
  });

  it('takes the subject from the tooltip when there is one (a cut-short label)', () => {
    const event = read(
      'Alex / Sam 1:1 — a very long subject that the grid cuts…, 14:00 to 14:30, Thursday, March 5, 2026',
      'Alex / Sam 1:1: career\nRoom 4\n14:00 to 14:30',
    );
    expect(event?.title).toBe('Alex / Sam 1:1: career');
  });

  it('knows a cancelled event in Japanese and Russian', () => {
    expect(read('キャンセル済み: 1:1 山田, 10:00 to 10:30, Thursday, March 5, 2026')?.title).toBe('1:1 山田');
    expect(read('Отменено: 1:1 Иван, 10:00 to 10:30, Thursday, March 5, 2026')?.title).toBe('1:1 Иван');
  });
});
