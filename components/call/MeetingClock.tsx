/**
 * Time left in the meeting, and at five minutes a nudge to wrap up well. A call
 * started before the 1:1's time (early, or a day ahead) says when the 1:1 starts
 * instead of counting down to an end hours away.
 */
import { useEffect, useState } from 'preact/hooks';
import { differenceInMinutes, format, isSameDay, parseISO } from 'date-fns';
import { i18n } from '#i18n';
import { dateLocale } from '@/utils/rules/dates';

export function MeetingClock({ start, end }: { start?: string; end: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const left = differenceInMinutes(parseISO(end), now);
  if (left < -30) return null;
  const begins = start ? parseISO(start) : undefined;
  const untilStart = begins ? differenceInMinutes(begins, now) : 0;
  if (begins && untilStart > 0) {
    const text =
      untilStart <= 60
        ? i18n.t('clock.startsIn', untilStart)
        : i18n.t('clock.startsAt', {
            when: format(begins, isSameDay(begins, now) ? 'p' : 'EEE p', { locale: dateLocale() }),
          });
    return (
      <span class="clock" role="timer" aria-live="off">
        {text}
      </span>
    );
  }
  return (
    <>
      <span class="clock" role="timer" aria-live="off">
        {left > 0 ? i18n.t('clock.left', left) : i18n.t('clock.timeIsUp')}
      </span>
      {left <= 5 && (
        <p class="nudge wrap-up-nudge" role="note">
          {i18n.t('clock.wrapUp')}
        </p>
      )}
    </>
  );
}
