// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { MeetingClock } from '@/components/call/MeetingClock';

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

describe('MeetingClock before the 1:1 has begun', () => {
  it('says when it starts instead of counting down to an end hours away', () => {
    const start = new Date(Date.now() + 25 * 60 * 60_000);
    render(<MeetingClock start={start.toISOString()} end={new Date(start.getTime() + 30 * 60_000).toISOString()} />);
    expect(screen.getByRole('timer').textContent).toMatch(/^Starts \w{3} \d{2}:\d{2}$/);
  });

  it('counts the minutes to a start within the hour', () => {
    const start = new Date(Date.now() + 10 * 60_000 + 30_000);
    render(<MeetingClock start={start.toISOString()} end={new Date(start.getTime() + 30 * 60_000).toISOString()} />);
    expect(screen.getByRole('timer').textContent).toBe('Starts in 10 min');
  });
});
