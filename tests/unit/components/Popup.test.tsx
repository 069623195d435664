// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as draw } from 'preact';
import { FIRST_SHOWN, Popup } from '@/components/popup/Popup';
import { PopupView, type PopupData } from '@/components/popup/PopupView';
import { PopupState } from '@/components/popup/popup-state';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence } from '@/utils/db/meetings';
import { addCommitment, openCommitments, setDone, type CommitmentRef } from '@/utils/db/commitments';
import { glanceAtPeople } from '@/utils/db/overview';

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

/** Sam's 1:1 of 5 March, the meeting commitments hang off. */
const openSamsOneOnOne = () =>
  openOccurrence(db, {
    key: 'k',
    seriesKey: 'k',
    title: '1:1',
    start: '2026-03-05T09:00:00.000Z',
    counterpart: { name: 'Sam Rivera', email: 'sam@northwind.example' },
  });

describe('Popup', () => {
  it('shows the most urgent commitments first and the rest on request', async () => {
    const { person, meeting } = await openSamsOneOnOne();
    for (let index = 0; index < FIRST_SHOWN + 5; index++) {
      const due = index === FIRST_SHOWN + 4 ? '2026-03-01' : undefined;
      await addCommitment(
        db,
        { personId: person.id, meetingId: meeting.id },
        { text: `Promise ${index}`, owner: 'me', ...(due ? { due } : {}) },
        NOW,
      );
    }
    const { container } = render(<div />);
    if (!(container instanceof HTMLElement)) throw new Error('no container');
    render(<Popup db={db} now={NOW} state={new PopupState(container)} />);
    const list = await screen.findByRole('list', { name: 'Open commitments' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(FIRST_SHOWN);
    // The overdue one was added last and still comes first.
    expect(list.querySelector('li')?.textContent).toContain(`Promise ${FIRST_SHOWN + 4}`);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${FIRST_SHOWN + 5} open commitments` }));
    expect(within(list).getAllByRole('checkbox')).toHaveLength(FIRST_SHOWN + 5);
  });
});

describe('the popup’s swap from the snapshot to live data', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    draw(null, root);
    root.remove();
  });

  /** Sam with two open commitments, and the background's snapshot of them (as the popup reads it first). */
  async function setUp(): Promise<PopupData> {
    const { person, meeting } = await openSamsOneOnOne();
    for (const text of ['Book the architecture course', 'Send the promotion criteria'])
      await addCommitment(db, { personId: person.id, meetingId: meeting.id }, { text, owner: 'me' }, NOW);
    return { commitments: await openCommitments(db), glances: await glanceAtPeople(db, NOW), lastBackup: null, inCall: false };
  }
  const box = (name: string) => within(root).getByRole<HTMLInputElement>('checkbox', { name });

  it('keeps a tick made on the snapshot while live data takes over, before and after the save lands', async () => {
    const snapshot = await setUp();
    const state = new PopupState(root);
    let save: () => Promise<void> = async () => undefined;
    // The snapshot view's tick waits for the database code, which is still loading: the save lands late.
    const late = (commitment: CommitmentRef, done: boolean) =>
      new Promise<void>((resolve) => (save = () => setDone(db, commitment, done).then(resolve)));
    draw(<PopupView {...snapshot} now={NOW} state={state} onDone={late} />, root);
    fireEvent.click(box('Book the architecture course'));
    expect(box('Book the architecture course').checked).toBe(true);

    // The swap: a new view draws the same snapshot while the database opens, then live data.
    draw(<Popup db={db} now={NOW} initial={snapshot} state={state} />, root);
    expect(box('Book the architecture course').checked).toBe(true);
    await waitFor(() => expect(root.querySelector('[aria-busy]')).toBeNull());
    expect(box('Book the architecture course').checked).toBe(true);

    await save();
    await waitFor(async () =>
      expect((await openCommitments(db)).map((commitment) => commitment.text)).toEqual(['Send the promotion criteria']),
    );
    // Live data no longer lists it as open; it stays in the list, done, until the popup closes.
    expect(box('Book the architecture course').checked).toBe(true);
    expect(box('Send the promotion criteria').checked).toBe(false);
  });

  it('takes a tick back when it cannot be saved', async () => {
    const snapshot = await setUp();
    const state = new PopupState(root);
    draw(<PopupView {...snapshot} now={NOW} state={state} onDone={() => Promise.reject(new Error('closed'))} />, root);
    fireEvent.click(box('Book the architecture course'));
    await waitFor(() => expect(box('Book the architecture course').checked).toBe(false));
  });

  it('keeps the filter and the keyboard focus across the swap', async () => {
    const snapshot = await setUp();
    const state = new PopupState(root);
    draw(<PopupView {...snapshot} now={NOW} state={state} onDone={async () => undefined} />, root);
    const mine = within(root).getByRole('button', { name: 'Mine' });
    fireEvent.click(mine);
    mine.focus();
    draw(<Popup db={db} now={NOW} initial={snapshot} state={state} />, root);
    await waitFor(() => expect(within(root).getByRole('button', { name: 'Mine' }).getAttribute('aria-pressed')).toBe('true'));
    expect(document.activeElement?.textContent).toBe('Mine');
  });
});
