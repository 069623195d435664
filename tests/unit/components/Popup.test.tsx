import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FIRST_SHOWN, Popup } from '@/components/Popup';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence } from '@/utils/db/meetings';
import { addCommitment } from '@/utils/db/commitments';

let db: CompanionDatabase;
let counter = 0;
const NOW = new Date('2026-03-19T12:00:00Z');

beforeEach(() => {
  db = new CompanionDatabase(`popup-${++counter}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('Popup', () => {
  it('shows the most urgent commitments first and the rest on request', async () => {
    const { person, meeting } = await openOccurrence(db, {
      key: 'k',
      seriesKey: 'k',
      title: '1:1',
      start: '2026-03-05T09:00:00.000Z',
      counterpart: { name: 'Sam Rivera', email: 'sam@northwind.example' },
    });
    for (let index = 0; index < FIRST_SHOWN + 5; index++) {
      const due = index === FIRST_SHOWN + 4 ? '2026-03-01' : undefined;
      await addCommitment(
        db,
        { personId: person.id, meetingId: meeting.id },
        { text: `Promise ${index}`, owner: 'me', ...(due ? { due } : {}) },
        NOW,
      );
    }
    render(<Popup db={db} now={NOW} />);
    const list = await screen.findByRole('list', { name: 'Open commitments' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(FIRST_SHOWN);
    // The overdue one was added last and still comes first.
    expect(list.querySelector('li')?.textContent).toContain(`Promise ${FIRST_SHOWN + 4}`);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${FIRST_SHOWN + 5} open commitments` }));
    expect(within(list).getAllByRole('checkbox')).toHaveLength(FIRST_SHOWN + 5);
  });
});
