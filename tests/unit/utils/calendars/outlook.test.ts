// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outlook } from '@/utils/sites/calendars/outlook';
import { documentOf, fixturesOf } from './fixtures';
import { JSDOM } from 'jsdom';
import { recognizeOneOnOne } from '@/utils/rules/recognition';

const fixtures = fixturesOf('outlook');
const fixture = (name: string) => fixtures.find((candidate) => candidate.name === name)!;
const chipButton = (doc: Document, title: string) =>
  [...doc.querySelectorAll('[data-calitemid] [role="button"]')].find((button) => button.textContent?.includes(title))!;

describe('Outlook adapter on committed fixtures', () => {
  it('has the fixtures the adapter must handle, on at least two hosts', () => {
    expect(fixtures.map((candidate) => candidate.name)).toEqual(
      expect.arrayContaining([
        // 2026 layout first
        'one-on-one-peek',
        'one-on-one-form',
        'by-other-peek',
        'team-meeting-peek',
        'all-day',
        'cancel-pane',
        'german-ui-form',
        'german-ui-peek',
        'japanese-ui-peek',
        'japanese-ui-form',
        'no-event-open',
        // the older layout, kept
        'older-recurring-one-on-one-peek',
        'older-recurring-one-on-one-form',
        'older-one-off-one-on-one',
        'older-team-meeting',
        'older-all-day',
        'older-cancelled-one-on-one',
        'older-german-ui',
      ]),
    );
    expect(new Set(fixtures.map((candidate) => new URL(candidate.url).host)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures.map((candidate) => [candidate.name, candidate] as const))('%s matches its golden file', (_name, candidate) => {
    expect(outlook.readOpenEvent(documentOf(candidate))).toEqual(candidate.expected);
  });

  it('reads the same event from the peek card, the full form and the German interface', () => {
    const peek = outlook.readOpenEvent(documentOf(fixture('older-recurring-one-on-one-peek')));
    const german = outlook.readOpenEvent(documentOf(fixture('older-german-ui')));
    const form = outlook.readOpenEvent(documentOf(fixture('older-recurring-one-on-one-form')));
    expect(german).toEqual(peek);
    expect({ ...form, source: 'popover' }).toEqual(peek);
  });

  it('serves every Outlook host', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'])
      expect(outlook.matches).toContain(`https://${host}/*`);
  });

  it('ties the peek card to the expanded chip before matching by subject', () => {
    const doc = documentOf(fixture('older-recurring-one-on-one-peek'));
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
    const doc = documentOf(fixture('older-no-event-open'));
    const cancelled = outlook.readChipEvent(doc, chipButton(doc, 'Mentoring with Chris'));
    expect(cancelled).toMatchObject({
      title: 'Mentoring with Chris',
      status: 'cancelled',
      start: '2026-03-02T15:00:00.000Z',
      source: 'chip',
    });
    const sam = outlook.readChipEvent(doc, chipButton(doc, 'Alex / Sam 1:1'));
    // The same series key from a chip as from the card, so "Not a 1:1" holds everywhere.
    expect(sam?.seriesKey).toBe(outlook.readOpenEvent(documentOf(fixture('older-recurring-one-on-one-peek')))?.seriesKey);
    expect(sam).toMatchObject({ recurring: true, allDay: false, end: '2026-03-05T09:30:00.000Z' });
  });

  it('marks optional guests by where the form lists them', () => {
    const doc = documentOf(fixture('older-recurring-one-on-one-form'));
    const sam = doc.querySelector('[aria-label^="Sam Rivera"]')!.parentElement!;
    doc.querySelector('[id$="_OPTIONAL_ATTENDEES"]')!.append(sam);
    expect(outlook.readOpenEvent(doc)?.attendees.find((attendee) => attendee.name === 'Sam Rivera')).toMatchObject({ optional: true });
  });

  it('reports nothing off the calendar, while the card loads, or for a hostile page', () => {
    const mail = documentOf({ ...fixture('older-recurring-one-on-one-peek'), url: 'https://outlook.office.com/mail/inbox' });
    expect(outlook.readOpenEvent(mail)).toBeNull();
    const loading = documentOf(fixture('older-recurring-one-on-one-peek'));
    loading.querySelector('[data-app-section="CalendarItemPeek"] [role="heading"]')!.textContent = '';
    expect(outlook.readOpenEvent(loading)).toBeNull();
    const hostile = documentOf(fixture('older-recurring-one-on-one-peek'));
    for (const chip of hostile.querySelectorAll('[data-calitemid]')) chip.removeAttribute('data-calitemid');
    expect(outlook.readOpenEvent(hostile)).toBeNull();
  });
});

describe('Outlook delete controls', () => {
  it('finds Delete on the peek card, in the form toolbar and in a context menu, by icon', () => {
    const peekDoc = documentOf(fixture('older-recurring-one-on-one-peek'));
    const peekDelete = peekDoc.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Delete"]')!;
    expect(outlook.deleteRequest(peekDoc, peekDelete, null)?.title).toBe('Alex / Sam 1:1');
    const edit = peekDoc.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Edit"]')!;
    expect(outlook.deleteRequest(peekDoc, edit, null)).toBeNull();

    const formDoc = documentOf(fixture('older-recurring-one-on-one-form'));
    const formDelete = formDoc.querySelector('[data-app-section="Toolbar"] [data-icon-name="Delete"]')!.closest('button')!;
    expect(outlook.deleteRequest(formDoc, formDelete, null)?.source).toBe('edit-page');

    const menuDoc = documentOf(fixture('older-no-event-open'));
    const menuEvent = outlook.readChipEvent(menuDoc, chipButton(menuDoc, '1:1 Alex / Priya'));
    menuDoc.body.insertAdjacentHTML(
      'beforeend',
      '<div role="menu"><button role="menuitem"><i data-icon-name="Delete"></i>Delete</button></div>',
    );
    expect(outlook.deleteRequest(menuDoc, menuDoc.querySelector('[role="menuitem"]')!, menuEvent)).toBe(menuEvent);
  });

  it('treats "Cancel meeting" (the organiser’s delete) like Delete', () => {
    const doc = documentOf(fixture('older-recurring-one-on-one-form'));
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
    const mail = documentOf({ ...fixture('older-recurring-one-on-one-peek'), url: 'https://outlook.office.com/mail/inbox' });
    const button = mail.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Delete"]')!;
    expect(outlook.deleteRequest(mail, button, null)).toBeNull();
  });

  it('falls back to the label table when the icon is gone', () => {
    const doc = documentOf(fixture('older-german-ui'));
    const button = doc.querySelector('[data-app-section="CalendarItemPeek"] [data-icon-name="Delete"]')!.closest('button')!;
    button.querySelector('i')!.remove();
    expect(button.getAttribute('aria-label')).toBe('Löschen');
    expect(outlook.deleteRequest(doc, button, null)?.title).toBe('Alex / Sam 1:1');
  });

  it('reads the scope chosen in the page’s own "which occurrences?" modal', () => {
    const doc = documentOf(fixture('older-no-event-open'));
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
    const doc = documentOf(fixture('older-recurring-one-on-one-peek'));
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

describe('Outlook as it is in 2026: peek card, event form, the organizer’s Cancel', () => {
  const opened = (name: string) => documentOf(fixture(name));
  const recognised = (doc: Document) => {
    const event = outlook.readOpenEvent(doc)!;
    return recognizeOneOnOne(event, { selfEmails: event.calendar ? [event.calendar] : [] });
  };
  const button = (root: ParentNode, name: string) =>
    [...root.querySelectorAll('button')].find(
      (candidate) => candidate.getAttribute('aria-label') === name || candidate.textContent?.trim() === name,
    )!;

  it('the card names the organiser only: the person comes from the title, never the user', () => {
    const doc = opened('one-on-one-peek');
    expect(outlook.readOpenEvent(doc)?.attendees).toEqual([]);
    expect(recognised(doc).counterpart).toEqual({ name: 'Sam' });
    // Without the account's name we cannot tell the organiser from the user: no organiser is offered.
    doc.querySelector('#mectrl_currentAccount_primary')!.remove();
    expect(outlook.readOpenEvent(doc)?.organizer).toBeUndefined();
    expect(recognised(doc).counterpart).toEqual({ name: 'Sam' });
  });

  it('someone else’s 1:1: its organiser is the person', () => {
    expect(recognised(opened('by-other-peek'))).toMatchObject({ isOneOnOne: true, counterpart: { name: 'Chris Obi' } });
  });

  it('a team meeting whose card lists nobody is not taken for a 1:1 by its organiser', () => {
    expect(recognised(opened('team-meeting-peek')).isOneOnOne).toBe(false);
  });

  it('the form’s people are hover targets: the address from their title, label or id, else the name alone', () => {
    expect(outlook.readOpenEvent(opened('one-on-one-form'))?.attendees).toEqual([
      { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
    ]);
    expect(outlook.readOpenEvent(opened('japanese-ui-form'))?.attendees).toEqual([
      { name: 'Priya Natarajan', email: 'priya.natarajan@northwind.example' },
    ]);
    const doc = opened('one-on-one-form');
    doc.querySelector('[data-lpc-hover-target-id][title]')!.removeAttribute('title');
    expect(outlook.readOpenEvent(doc)?.attendees).toEqual([{ name: 'Sam Rivera' }]);
  });

  it('reads the form’s one-line date summary in the user’s format, ISO included', () => {
    const doc = opened('one-on-one-form');
    const summary = doc.querySelector('[id$="_DATETIME"] [role="button"]')!;
    summary.textContent = 'Thu 2026-03-05 12:30 - 13:00';
    expect(outlook.readOpenEvent(doc)).toMatchObject({
      start: new Date(2026, 2, 5, 12, 30).toISOString(),
      end: new Date(2026, 2, 5, 13).toISOString(),
    });
    expect(outlook.readOpenEvent(opened('german-ui-form'))?.start).toBe(new Date(2026, 2, 5, 14).toISOString());
  });

  it('finds the form’s event by its chip when the URL names no item', () => {
    const { html } = fixture('one-on-one-form');
    const doc = documentOf({ html, url: 'https://outlook.cloud.microsoft/calendar/view/week' });
    expect(outlook.readOpenEvent(doc)?.key).toBe(outlook.readOpenEvent(opened('one-on-one-form'))?.key);
  });

  it('the organiser’s Cancel on the card and in the form is guarded; a dialog’s own Cancel and Discard are not', () => {
    const peek = opened('one-on-one-peek');
    expect(outlook.deleteRequest(peek, button(peek.querySelector('[data-app-section="CalendarItemPeek"]')!, 'Cancel'), null)?.title).toBe(
      'Alex / Sam 1:1',
    );
    const form = opened('one-on-one-form');
    expect(outlook.deleteRequest(form, button(form, 'Cancel'), null)?.title).toBe('Alex / Sam 1:1');
    expect(outlook.deleteRequest(opened('german-ui-form'), button(opened('german-ui-form'), 'Absagen'), null)).not.toBeNull();
    const pane = opened('cancel-pane');
    expect(outlook.deleteRequest(pane, button(pane, 'Discard'), null)).toBeNull();
    expect(outlook.deleteRequest(pane, button(pane, 'Send'), null)).toBeNull();
    // Someone else's meeting: Delete. Its 2026 icon has no name, so the word finds it; an unknown word fails open.
    const other = opened('by-other-peek');
    const del = button(other, 'Delete');
    del.setAttribute('aria-label', 'Entfernen aus dem Kalender');
    expect(outlook.deleteRequest(other, del, null)).toBeNull();
    del.setAttribute('aria-label', 'Delete');
    expect(outlook.deleteRequest(other, del, null)?.title).toBe('Mentoring with Chris');
  });

  it('the cancellation pane’s Send confirms the occurrence or the series', () => {
    const doc = opened('cancel-pane');
    const send = button(doc, 'Send');
    expect(outlook.scopeConfirm(doc, send)).toEqual({ series: false });
    const radios = doc.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input');
    radios[0]!.checked = false;
    radios[2]!.checked = true;
    expect(outlook.scopeConfirm(doc, send)).toEqual({ series: true });
    expect(outlook.scopeConfirm(doc, button(doc, 'Discard'))).toBeNull();
  });

  it('a label cut short before its date takes the day from the column header above the chip', () => {
    const doc = opened('no-event-open');
    const chip = chipButton(doc, 'Alex / Sam 1:1');
    chip.setAttribute('aria-label', 'Meeting icon, Alex / Sam 1:1, 10:00 AM to 10:30 AM');
    const box = (left: number, width: number) => ({
      left,
      right: left + width,
      width,
      top: 0,
      bottom: 10,
      height: 10,
      x: left,
      y: 0,
      toJSON: () => ({}),
    });
    doc.querySelectorAll('[data-column-date]').forEach((header, index) => {
      header.getBoundingClientRect = () => box(100 + index * 200, 200);
    });
    chip.closest('[data-calitemid]')!.getBoundingClientRect = () => box(710, 180);
    // The fourth column: Thursday, March 5.
    expect(outlook.readChipEvent(doc, chip)?.start).toBe(new Date(2026, 2, 5, 10).toISOString());
  });
});

describe('the grid, read whole (the calendar tells us what is coming)', () => {
  it('reads every chip once, with its time and its organiser', () => {
    const events = outlook.readGridEvents!(documentOf(fixture('no-event-open')));
    const titles = events.map((event) => event.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Alex / Sam 1:1', '1:1 Alex / Priya', 'Jordan 1:1', 'Platform team weekly', 'Team offsite']),
    );
    expect(new Set(events.map((event) => event.key)).size).toBe(events.length);
    expect(events.find((event) => event.title === '1:1 Alex / Priya')).toMatchObject({
      source: 'chip',
      start: new Date(2026, 2, 4, 11).toISOString(),
    });
    expect(events.find((event) => event.title === 'Team offsite')?.allDay).toBe(true);
    // Mail shares the page: no grid there.
    expect(outlook.readGridEvents!(documentOf({ ...fixture('no-event-open'), url: 'https://outlook.office.com/mail/inbox' }))).toEqual([]);
  });
});
