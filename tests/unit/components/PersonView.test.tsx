// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PersonView } from '@/components/person/PersonView';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotes } from '@/utils/db/meetings';
import type { PanelTarget } from '@/utils/protocol/panel-link';
import type { DraftStore } from '@/utils/extension/autosave';

let db: CompanionDatabase;
let counter = 0;
const NOW = new Date('2026-03-19T12:00:00Z');

const target = (dayOfMonth: number): PanelTarget => {
  const day = String(dayOfMonth).padStart(2, '0');
  return {
    v: 1,
    key: `google-calendar:abc/202603${day}T090000Z`,
    seriesKey: 'google-calendar:abc',
    title: 'Alex / Sam 1:1',
    start: `2026-03-${day}T09:00:00.000Z`,
    allDay: false,
    recurring: true,
    counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
  };
};

beforeEach(() => {
  db = new CompanionDatabase(`view-${++counter}`);
});
afterEach(async () => {
  cleanup();
  // Preact runs effects after paint (a timer in jsdom): let the last ones finish while the DOM is still here.
  await new Promise((resolve) => setTimeout(resolve, 120));
  await db.delete();
});

describe('PersonView', () => {
  it('introduces a first 1:1', async () => {
    render(<PersonView db={db} target={target(19)} now={NOW} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeTruthy();
    expect(screen.getByTestId('gap').textContent).toContain('Your first 1:1 together');
    expect(screen.getByText(/No earlier 1:1s with Sam Rivera yet/)).toBeTruthy();
  });

  it('shows the gap since the last held 1:1 and the earlier notes, newest first', async () => {
    const fifth = await openOccurrence(db, { ...target(5), counterpart: target(5).counterpart });
    await saveNotes(db, fifth.meeting.id, 'Fifth: energy low');
    const twelfth = await openOccurrence(db, { ...target(12), counterpart: target(12).counterpart });
    await saveNotes(db, twelfth.meeting.id, 'Twelfth: better');

    render(<PersonView db={db} target={target(19)} now={NOW} />);
    await screen.findByRole('heading', { level: 1, name: 'Sam Rivera' });
    // Today's, shown and not written in yet, is not one held (issue 21.3).
    await waitFor(() => expect(screen.getByTestId('gap').textContent).toMatch(/Last 1:1 7 days ago.*2 held/));
    const earlier = screen.getByRole('region', { name: /Earlier/ });
    const items = within(earlier)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toContain('Twelfth: better');
    expect(items[1]).toContain('Fifth: energy low');
  });

  it('a first 1:1 says so, with no count, written in or not (the warning says "not held yet" before it)', async () => {
    render(<PersonView db={db} target={target(5)} now={NOW} />);
    await waitFor(() => expect(screen.getByTestId('gap').textContent).toBe('Your first 1:1 together'));
    fireEvent.input(await screen.findByRole('textbox', { name: /^Notes/ }), { target: { value: 'Met at last' } });
    await waitFor(async () => expect(await db.meetings.count()).toBe(1), { timeout: 3000 });
    expect(screen.getByTestId('gap').textContent).toBe('Your first 1:1 together');
  });

  it('saves what is typed, and shows it was saved', async () => {
    render(<PersonView db={db} target={target(19)} now={NOW} />);
    const box = await screen.findByRole('textbox', { name: /^Notes/ });
    fireEvent.input(box, { target: { value: 'Wants to mentor the new hire' } });
    await waitFor(async () => expect((await db.meetings.toArray())[0]?.notes).toBe('Wants to mentor the new hire'), { timeout: 3000 });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
  });

  it('brings back text a closed page had not saved, beside what was saved since', async () => {
    const { meeting } = await openOccurrence(db, { ...target(19), counterpart: target(19).counterpart });
    await saveNotes(db, meeting.id, 'Saved elsewhere');
    const drafts: DraftStore = {
      getItem: (key) => (key === `draft:${meeting.id}` ? JSON.stringify({ text: 'Typed before the crash', baseVersion: 0, at: '' }) : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    render(<PersonView db={db} target={target(19)} now={NOW} drafts={drafts} />);
    const box = (await screen.findByRole('textbox', { name: /^Notes/ })) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toContain('Typed before the crash'));
    expect(box.value).toContain('Saved elsewhere');
    expect(screen.getByTestId('save-state').textContent).toMatch(/Recovered|Saving/);
  });

  it('a save that landed as the page closed (the journal not told): the typing that went on from it comes back alone', async () => {
    const { meeting } = await openOccurrence(db, { ...target(19), counterpart: target(19).counterpart });
    await saveNotes(db, meeting.id, 'Ask abou');
    const drafts: DraftStore = {
      getItem: (key) =>
        key === `draft:${meeting.id}` ? JSON.stringify({ text: 'Ask about the conference talk', baseVersion: 0, at: '' }) : null,
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    render(<PersonView db={db} target={target(19)} now={NOW} drafts={drafts} />);
    const box = (await screen.findByRole('textbox', { name: /^Notes/ })) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('Ask about the conference talk'));
  });

  it('follows a change made in another view while the user is not typing', async () => {
    render(<PersonView db={db} target={target(19)} now={NOW} />);
    await screen.findByRole('textbox', { name: /^Notes/ });
    // Only shown here, not stored: the side panel stores it with its first edit.
    expect(await db.meetings.count()).toBe(0);
    const { meeting } = await openOccurrence(db, { ...target(19), counterpart: target(19).counterpart });
    await saveNotes(db, meeting.id, 'Written in the side panel');
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /^Notes/ }) as HTMLTextAreaElement).value).toBe('Written in the side panel'),
    );
  });

  it('offers "Not a 1:1" when the page can act on it', async () => {
    let clicked = false;
    render(<PersonView db={db} target={target(19)} now={NOW} onNotOneOnOne={() => (clicked = true)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not a 1:1' }));
    expect(clicked).toBe(true);
  });
});
