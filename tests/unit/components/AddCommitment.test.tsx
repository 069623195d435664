// @vitest-environment jsdom
/** Nothing typed is ever lost: the next commitment, typed while the last one saves, stays. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AddCommitment } from '@/components/commitments/AddCommitment';
import type { Meeting } from '@/utils/db/records';

afterEach(cleanup);

describe('adding commitments one after the other', () => {
  it('clears what was saved, not what was typed while it saved', async () => {
    let finish: (problem: string | undefined) => void = () => undefined;
    const added: string[] = [];
    const meeting = { id: 'm', start: '2026-03-05T09:00:00.000Z' } as Meeting;
    render(
      <AddCommitment
        meetings={[meeting]}
        current={meeting}
        firstName="Sam"
        now={new Date('2026-03-05T09:10:00Z')}
        onAdd={({ text }) => {
          added.push(text);
          return new Promise((resolve) => (finish = resolve));
        }}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'New commitment' }) as HTMLInputElement;
    fireEvent.input(box, { target: { value: 'Book course G' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
    await waitFor(() => expect(added).toEqual(['Book course G']));
    // The next one is typed before the first has saved.
    fireEvent.input(box, { target: { value: 'Book course H' } });
    finish(undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(box.value).toBe('Book course H');
    // A saved one with nothing typed after it leaves the box empty.
    fireEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
    await waitFor(() => expect(added).toEqual(['Book course G', 'Book course H']));
    finish(undefined);
    await waitFor(() => expect(box.value).toBe(''));
  });
});
