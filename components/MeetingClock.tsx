/** Time left in the meeting, and at five minutes a nudge to wrap up well. */
import { useEffect, useState } from 'preact/hooks';
import { differenceInMinutes, parseISO } from 'date-fns';

export function MeetingClock({ end }: { end: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const left = differenceInMinutes(parseISO(end), now);
  if (left < -30) return null;
  return (
    <>
      <span class="clock" role="timer" aria-live="off">
        {left > 0 ? `${left} min left` : 'Time is up'}
      </span>
      {left <= 5 && (
        <p class="nudge wrap-up-nudge" role="note">
          Five minutes left: ask the wrap-up question, and note what each of you will do.
        </p>
      )}
    </>
  );
}
