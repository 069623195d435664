// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { EARLIER_SHOWN, EarlierNotes } from '@/components/person/EarlierNotes';
import type { Meeting } from '@/utils/db/records';

afterEach(cleanup);

const meeting = (week: number): Meeting => ({
  id: `m${week}`,
  personId: 'p',
  eventKey: `k${week}`,
  seriesKey: 's',
  title: '1:1',
  start: new Date(Date.UTC(2026, 0, 1) - week * 7 * 86_400_000).toISOString(),
  status: week === 3 ? 'cancelled' : 'scheduled',
  notes: `Notes of week ${week}`,
  shared: '',
  version: 1,
  asked: [],
  feedbackAsked: false,
  topics: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('EarlierNotes', () => {
  it('shows the most recent earlier 1:1s first, and the rest on request', () => {
    const meetings = Array.from({ length: 40 }, (_, week) => meeting(week));
    render(<EarlierNotes meetings={meetings} personName="Sam" now={new Date('2026-01-02T00:00:00Z')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(EARLIER_SHOWN);
    expect(screen.getByText('Notes of week 0')).toBeTruthy();
    expect(screen.getByText(/cancelled/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 40 earlier 1:1s' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
