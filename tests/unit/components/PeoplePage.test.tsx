// @vitest-environment jsdom
/**
 * The people page in two steps (entrypoints/people/main.tsx): the list from the background's
 * snapshot first, then the live page. What is typed in the first step's search carries on in
 * the live page: nothing typed is lost in the swap.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { render as draw } from 'preact';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotes } from '@/utils/db/meetings';
import { glanceAtPeople } from '@/utils/db/overview';
import { listedOf } from '@/components/people/PeopleRows';
import { PeopleFirstStep, SearchCarry } from '@/components/people/PeopleFirstStep';
import { PeoplePage } from '@/components/people/PeoplePage';

let db: CompanionDatabase;
let counter = 0;
const NOW = new Date('2026-03-19T12:00:00Z');
beforeEach(() => {
  db = new CompanionDatabase(`people-page-${++counter}`);
});
afterEach(async () => {
  cleanup();
  document.body.replaceChildren();
  await db.delete();
});

it('lists people from the snapshot, then the live page searches what was typed meanwhile', async () => {
  for (const [name, email, day] of [
    ['Sam Rivera', 'sam@northwind.example', '2026-03-05'],
    ['Priya Natarajan', 'priya@northwind.example', '2026-03-12'],
  ] as const) {
    const { meeting } = await openOccurrence(db, {
      key: `k-${email}`,
      seriesKey: `k-${email}`,
      title: '1:1',
      start: `${day}T09:00:00.000Z`,
      counterpart: { name, email },
    });
    await saveNotes(db, meeting.id, `${name.split(' ')[0]} is thinking about the platform guild.`);
  }
  const root = document.body.appendChild(document.createElement('main'));
  const people = listedOf(await glanceAtPeople(db, NOW));
  const search = new SearchCarry();

  // The first step: by name, each with their last 1:1; the search takes what is typed.
  draw(<PeopleFirstStep people={people} search={search} />, root);
  const rows = within(screen.getByRole('complementary', { name: 'People' }));
  expect(rows.getAllByRole('button').map((row) => row.textContent)).toEqual([
    'The team at a glance',
    expect.stringMatching(/^Priya Natarajan/),
    expect.stringMatching(/^Sam Rivera/),
  ]);
  const box = screen.getByRole('searchbox');
  box.focus();
  fireEvent.input(box, { target: { value: 'platform' } });

  // The live page takes over: the same list, the search as it was left, with its results.
  draw(<PeoplePage db={db} now={NOW} initial={people} search={search} />, root);
  const live = screen.getByRole('searchbox');
  expect(live).toHaveProperty('value', 'platform');
  await waitFor(() => expect(document.activeElement).toBe(live));
  const results = await screen.findByRole('list', { name: 'Search results' });
  await waitFor(() => expect(within(results).getAllByRole('button')).toHaveLength(2));
  expect(results.textContent).toContain('Sam is thinking about the platform guild.');
});

it('takes what reaches the first step’s box after the live page took over (typed as it was being replaced)', async () => {
  const { meeting } = await openOccurrence(db, {
    key: 'k',
    seriesKey: 'k',
    title: '1:1',
    start: '2026-03-05T09:00:00.000Z',
    counterpart: { name: 'Sam Rivera', email: 'sam@northwind.example' },
  });
  await saveNotes(db, meeting.id, 'Talked about the Café rollout.');
  const root = document.body.appendChild(document.createElement('main'));
  const people = listedOf(await glanceAtPeople(db, NOW));
  const search = new SearchCarry();
  draw(<PeopleFirstStep people={people} search={search} />, root);
  const firstBox = screen.getByRole('searchbox');
  draw(<PeoplePage db={db} now={NOW} initial={people} search={search} />, root);
  // The old box, already replaced, still gets the input: it reaches the live page.
  fireEvent.input(firstBox, { target: { value: 'cafe' } });
  await waitFor(() => expect(screen.getByRole('searchbox')).toHaveProperty('value', 'cafe'));
  const results = await screen.findByRole('list', { name: 'Search results' });
  await waitFor(() => expect(results.textContent).toContain('Talked about the Café rollout.'));
});

it('keeps the focus in the search when the box that had it is taken out in the swap (the browser blurs it as it goes)', async () => {
  const root = document.body.appendChild(document.createElement('main'));
  const people = listedOf(await glanceAtPeople(db, NOW));
  const search = new SearchCarry();
  draw(<PeopleFirstStep people={people} search={search} />, root);
  const firstBox = screen.getByRole('searchbox');
  firstBox.focus();
  // Chrome blurs a focused element as it is removed; jsdom does not: the test does, in the same task as the swap.
  fireEvent.blur(firstBox);
  draw(<PeoplePage db={db} now={NOW} initial={people} search={search} />, root);
  const live = screen.getByRole('searchbox');
  expect(live).not.toBe(firstBox);
  // In the same task as it goes in: a key pressed right after the swap reaches the box, not the page's body.
  expect(document.activeElement).toBe(live);
});
