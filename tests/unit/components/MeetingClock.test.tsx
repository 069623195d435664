import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { MeetingClock } from '@/components/MeetingClock';

afterEach(cleanup);

describe('MeetingClock', () => {
  it('shows the time left, and no nudge with time to spare', () => {
    render(<MeetingClock end={new Date(Date.now() + 20 * 60_000).toISOString()} />);
    expect(screen.getByRole('timer').textContent).toMatch(/^(19|20) min left$/);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('nudges to wrap up at five minutes left', () => {
    render(<MeetingClock end={new Date(Date.now() + 4 * 60_000).toISOString()} />);
    expect(screen.getByRole('note').textContent).toContain('ask the wrap-up question');
  });
});
