// @vitest-environment jsdom
/** Issue 17.12: a very long title still opens its notes; bidirectional controls never reach a name on screen. */
import { describe, expect, it } from 'vitest';
import { googleCalendar } from '@/utils/sites/calendars/google-calendar';
import { parsePanelHash } from '@/utils/protocol/schemas';
import { parseMessage } from '@/utils/protocol/message-schemas';
import { panelHash } from '@/utils/protocol/panel-link';
import { CompanionDatabase } from '@/utils/db/database';
import { findOrCreatePerson } from '@/utils/db/people';
import { clip, cleanName, TITLE_MAX } from '@/utils/rules/plain-text';
import { documentOf, fixturesOf } from './calendars/fixtures';

const LONG = `Alex / Sam 1:1 ${'and an agenda pasted into the title '.repeat(40)}`;
const RTL_OVERRIDE = '\u202E';

describe('titles and names from outside', () => {
  it('cuts, never refuses, a title over 1,000 characters', () => {
    expect(LONG.length).toBeGreaterThan(1000);
    const parsed = parsePanelHash(
      panelHash({ v: 1, key: 'k', seriesKey: 's', title: LONG, allDay: false, recurring: false, counterpart: { name: 'Sam' } }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.target.title).toHaveLength(TITLE_MAX);
    expect(parsed.target.title.endsWith('…')).toBe(true);
    const message = parseMessage({
      type: 'event-seen',
      event: { key: 'k', seriesKey: 's', title: LONG, allDay: false, oneOnOne: true },
    });
    expect(message?.type === 'event-seen' && message.event.title.length).toBe(TITLE_MAX);
  });

  it('strips bidirectional controls from names in the panel URL and in messages', () => {
    const parsed = parsePanelHash(
      panelHash({
        v: 1,
        key: 'k',
        seriesKey: 's',
        title: `1:1 ${RTL_OVERRIDE}maS`,
        allDay: false,
        recurring: false,
        counterpart: { name: `Sam${RTL_OVERRIDE} Rivera` },
      }),
    );
    expect(parsed.ok && parsed.target.counterpart.name).toBe('Sam Rivera');
    expect(parsed.ok && parsed.target.title).toBe('1:1 maS');
    const brief = parseMessage({ type: 'person-brief', counterpart: { name: `\u2067Sam\u2069` } });
    expect(brief?.type === 'person-brief' && brief.counterpart.name).toBe('Sam');
    // A name of nothing but controls names nobody.
    expect(parseMessage({ type: 'person-brief', counterpart: { name: RTL_OVERRIDE } })).toBeUndefined();
  });

  it('the calendar adapter reads a long title cut and names without controls', () => {
    const fixture = fixturesOf('google-calendar').find((candidate) => candidate.name === 'recurring-one-on-one')!;
    const doc = documentOf(fixture);
    const headings = [...doc.querySelectorAll('[role="heading"]')].filter((heading) => heading.textContent?.trim() === 'Alex / Sam 1:1');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) heading.textContent = LONG;
    const guest = doc.querySelector('[role="treeitem"][data-email]:not([data-email="alex.kim@northwind.example"])');
    const name = guest?.querySelector('span') ?? guest;
    expect(name).not.toBeNull();
    name!.textContent = `${RTL_OVERRIDE}${name!.textContent}`;
    const event = googleCalendar.readOpenEvent(doc)!;
    expect(event.title).toHaveLength(TITLE_MAX);
    expect(JSON.stringify(event.attendees)).not.toContain(RTL_OVERRIDE);
  });

  it('people are stored under names without controls', async () => {
    const db = new CompanionDatabase(`plain-text-${Date.now()}`);
    const person = await db.transaction('rw', db.people, () => findOrCreatePerson(db, { name: `Sam ${RTL_OVERRIDE}Rivera` }, new Date()));
    expect(person.name).toBe('Sam Rivera');
    await db.delete();
  });

  it('clips without splitting a surrogate pair', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(cleanName('  Sam\u200F  Rivera ')).toBe('Sam Rivera');
  });
});
