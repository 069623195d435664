// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, fireEvent } from '@testing-library/preact';
import { PersonView } from '@/components/person/PersonView';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotes } from '@/utils/db/meetings';
import { saveDifficultPrep } from '@/utils/db/plan';
import type { PanelTarget } from '@/utils/protocol/panel-link';

let db: CompanionDatabase;
let counter = 0;
const sam = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };
const target = (day: string): PanelTarget => ({
  v: 1,
  key: `google-calendar:abc/${day}`,
  seriesKey: 'google-calendar:abc',
  title: 'Alex / Sam 1:1',
  start: `${day}T09:00:00.000Z`,
  allDay: false,
  recurring: true,
  counterpart: sam,
});
const held = async (day: string, notes: string) => {
  const { meeting } = await openOccurrence(db, { ...target(day), counterpart: sam });
  await saveNotes(db, meeting.id, notes);
  return meeting;
};

beforeEach(() => {
  db = new CompanionDatabase(`plan-${++counter}`);
});
afterEach(async () => {
  cleanup();
  // Preact runs effects after paint (a timer in jsdom): let the last ones finish while the DOM is still here.
  await new Promise((resolve) => setTimeout(resolve, 120));
  await db.delete();
});

describe('PersonView nudges and reminders', () => {
  it('says once, kindly, when the last three 1:1s read like status updates', async () => {
    await held('2026-03-05', 'PAY-1 done, PAY-2 in progress, deploy Thursday.');
    await held('2026-03-12', 'Sprint: PR #2381 merged, release on Tuesday, 2 bugs fixed.');
    await held('2026-03-19', 'Tickets: WEB-88 in QA, WEB-89 blocked on design, ETA Friday.');
    render(<PersonView db={db} target={target('2026-03-26')} now={new Date('2026-03-26T12:00:00Z')} />);
    const nudge = await screen.findByRole('note', { name: 'A suggestion' });
    expect(nudge.textContent).toMatch(/read like status updates/);
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('note', { name: 'A suggestion' })).toBeNull());
  });

  it('stays quiet when one of the three was about the person', async () => {
    await held('2026-03-05', 'PAY-1 done, PAY-2 in progress, deploy Thursday.');
    await held('2026-03-12', 'Feeling tired; wants to grow towards staff. Talked about career.');
    await held('2026-03-19', 'Tickets: WEB-88 in QA, WEB-89 blocked on design, ETA Friday.');
    render(<PersonView db={db} target={target('2026-03-26')} now={new Date('2026-03-26T12:00:00Z')} />);
    await screen.findByRole('list', { name: 'Suggested questions' });
    expect(screen.queryByRole('note', { name: 'A suggestion' })).toBeNull();
  });

  it('reminds of a difficult conversation to follow up, and opens with a follow-up question', async () => {
    const earlier = await held('2026-03-05', 'Talked about the interruptions.');
    await saveDifficultPrep(db, earlier.id, {
      example: 'Interrupted Priya twice at standup',
      behaviour: 'Interrupting',
      questions: '',
      followUp: '2026-03-19',
    });
    render(<PersonView db={db} target={target('2026-03-12')} now={new Date('2026-03-12T12:00:00Z')} />);
    const reminder = await screen.findByRole('note', { name: 'Follow-up reminder' });
    expect(reminder.textContent).toContain('Interrupted Priya twice at standup');
    await waitFor(() => expect(screen.getAllByRole('listitem')[0]?.getAttribute('data-kind')).toBe('difficult-follow-up'));
  });
});
