/**
 * One person's last twelve months of 1:1s on a time axis (issue 23), in plain SVG: a mark per
 * 1:1 whose shape says what happened (held: its focus as circle, square or diamond; moved:
 * hollow, with a line from where it was; cancelled: a cross; coming: dashed), a small triangle
 * above where feedback was asked, shaded stretches longer than their usual gap, and a dashed
 * line where the next one is due. Colour only repeats what the shape says.
 *
 * Keyboard: the chart is one stop (a toolbar); arrow keys move between the 1:1s, Home/End to
 * the first and last, Enter opens the notes; each mark names its day and what happened, and
 * so does the table below it (the same facts for screen readers and a print).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { differenceInCalendarMonths, eachMonthOfInterval, parseISO, startOfMonth } from 'date-fns';
import type { Meeting } from '@/utils/db/records';
import { personTimeline, type Mark } from '@/utils/rules/rhythm';
import { focusLabel, type Cadence, type Focus } from '@/utils/rules/cadence';
import { dateLocale, meetingDateText } from '@/utils/rules/dates';
import { format } from 'date-fns';
import { i18n } from '#i18n';

interface Props {
  meetings: readonly Meeting[];
  now: Date;
  /** The cadence the user set for this person (or everyone): drawn as when the near future and the horizon are due. */
  cadence?: Cadence;
  /** The panel's narrow strip: no axis labels, no table. */
  compact?: boolean;
  /** Where each 1:1's notes are on the page: the element `${notesIdPrefix}${meetingId}`, brought into view and focused when its mark is opened. */
  notesIdPrefix: string;
  label: string;
}

export function markText(mark: Mark): string {
  const day = meetingDateText(mark.start);
  const what =
    mark.kind === 'cancelled'
      ? i18n.t('rhythm.cancelled')
      : mark.kind === 'moved'
        ? i18n.t('rhythm.moved', { from: meetingDateText(mark.movedFrom ?? mark.start) })
        : mark.kind === 'coming'
          ? i18n.t('rhythm.coming')
          : i18n.t('rhythm.held');
  return [
    day,
    what,
    ...(mark.focus && mark.kind !== 'cancelled' ? [focusLabel(mark.focus)] : []),
    ...(mark.feedbackAsked ? [i18n.t('rhythm.feedbackAsked')] : []),
    ...(mark.cancelReason ? [mark.cancelReason] : []),
  ].join(' · ');
}

function dueText(due: { focus: Focus; at: string; weeks: number }): string {
  return i18n.t('rhythm.focusDue', { focus: focusLabel(due.focus), day: meetingDateText(due.at), weeks: due.weeks });
}

/** A 1:1's notes on the page, brought into view and focused (nothing when they are not shown, e.g. folded away). */
function openNotes(elementId: string): void {
  const item = document.getElementById(elementId);
  if (!item) return;
  item.scrollIntoView({ block: 'start' });
  item.focus({ preventScroll: true });
}

function monthLabel(month: Date, wide: boolean): string {
  if (month.getMonth() === 0) return format(month, 'yyyy', { locale: dateLocale() });
  return !wide || month.getMonth() % 2 === 0 ? format(month, 'MMM', { locale: dateLocale() }) : '';
}

function Shape({ mark, x, y, size }: { mark: Mark; x: number; y: number; size: number }) {
  const r = size / 2;
  const cls = `mark mark-${mark.kind}${mark.focus ? ` focus-${mark.focus}` : ''}`;
  if (mark.kind === 'cancelled') return <path class={cls} d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`} />;
  if (mark.focus === 'near-future') return <rect class={cls} x={x - r * 0.85} y={y - r * 0.85} width={r * 1.7} height={r * 1.7} />;
  if (mark.focus === 'horizon')
    return <path class={cls} d={`M${x} ${y - r * 1.2}L${x + r * 1.2} ${y}L${x} ${y + r * 1.2}L${x - r * 1.2} ${y}Z`} />;
  return <circle class={cls} cx={x} cy={y} r={mark.focus ? r : r * 0.8} />;
}

export function Timeline({ meetings, now, cadence, compact = false, notesIdPrefix, label }: Props) {
  const timeline = useMemo(() => personTimeline(meetings, now, cadence), [meetings, now, cadence]);
  const [active, setActive] = useState(Math.max(0, timeline.marks.length - 1));
  const [focused, setFocused] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const width = compact ? 360 : 640;
  const height = compact ? 30 : 64;
  const pad = 10;
  const mid = compact ? 17 : 26;
  const size = compact ? 8 : 10;
  const span = Math.max(1, timeline.to.getTime() - timeline.from.getTime());
  const x = (iso: string) => pad + ((parseISO(iso).getTime() - timeline.from.getTime()) / span) * (width - 2 * pad);
  // Over half a year, every other month is named; January by its year.
  const wide = differenceInCalendarMonths(timeline.to, timeline.from) > 6;
  const months = eachMonthOfInterval({ start: startOfMonth(timeline.from), end: timeline.to }).filter((month) => month >= timeline.from);
  const marks = timeline.marks;
  const current = marks[Math.min(active, marks.length - 1)];

  const onKey = (event: KeyboardEvent) => {
    if (marks.length === 0) return;
    if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      // A cancelled 1:1 has no notes to open: its mark says what happened.
      if (current.kind !== 'cancelled') openNotes(`${notesIdPrefix}${current.meetingId}`);
      return;
    }
    const last = marks.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, active + 1),
      ArrowDown: Math.min(last, active + 1),
      ArrowLeft: Math.max(0, active - 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
  };

  if (marks.length === 0) return <p class="muted timeline-empty">{i18n.t('rhythm.none')}</p>;
  return (
    <figure class={`timeline${compact ? ' compact' : ''}`}>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: `${width}px` }}
        role="toolbar"
        aria-label={label}
        aria-activedescendant={current ? `mark-${current.meetingId}` : undefined}
        tabIndex={0}
        onKeyDown={onKey}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <line class="axis" x1={pad} x2={width - pad} y1={mid} y2={mid} />
        {timeline.gaps.map((gap) => (
          <rect key={gap.from} class="gap" x={x(gap.from)} width={Math.max(1, x(gap.to) - x(gap.from))} y={mid - size} height={size * 2}>
            <title>{i18n.t('rhythm.gap', { days: gap.days })}</title>
          </rect>
        ))}
        {timeline.expectedNext && parseISO(timeline.expectedNext) <= timeline.to && (
          <line class="expected" x1={x(timeline.expectedNext)} x2={x(timeline.expectedNext)} y1={mid - size - 2} y2={mid + size + 2}>
            <title>{i18n.t('rhythm.expected', { day: meetingDateText(timeline.expectedNext) })}</title>
          </line>
        )}
        {timeline.focusDue.map((due) => (
          <g key={due.focus} class="focus-due">
            <title>{dueText(due)}</title>
            <Shape
              mark={{ meetingId: '', start: due.at, kind: 'coming', focus: due.focus, feedbackAsked: false }}
              x={x(due.at)}
              y={mid + size + 5}
              size={size * 0.9}
            />
          </g>
        ))}
        {!compact &&
          months.map((month) => (
            <text key={month.toISOString()} class="month" x={x(month.toISOString())} y={height - 4} aria-hidden="true">
              {monthLabel(month, wide)}
            </text>
          ))}
        {marks.map((mark, index) => {
          const at = x(mark.start);
          return (
            <g
              key={mark.meetingId}
              id={`mark-${mark.meetingId}`}
              class={`mark-group${index === active ? ' active' : ''}`}
              role="button"
              aria-label={markText(mark)}
              onClick={() => {
                setActive(index);
                svg.current?.focus();
                if (mark.kind !== 'cancelled') openNotes(`${notesIdPrefix}${mark.meetingId}`);
              }}
            >
              <title>{markText(mark)}</title>
              {mark.kind === 'moved' && mark.movedFrom && <line class="moved-from" x1={x(mark.movedFrom)} x2={at} y1={mid} y2={mid} />}
              <Shape mark={mark} x={at} y={mid} size={size} />
              {mark.feedbackAsked && (
                <path class="feedback" d={`M${at - 3} ${mid - size - 1}L${at + 3} ${mid - size - 1}L${at} ${mid - size - 6}Z`} />
              )}
            </g>
          );
        })}
      </svg>
      {/* The 1:1 under focus, said aloud as it changes; the narrow strip shows it only while focused. */}
      <p class="timeline-current" aria-live="polite" hidden={compact && !focused}>
        {current ? markText(current) : ''}
      </p>
      {!compact && (
        <details class="timeline-table">
          <summary>{i18n.t('rhythm.asTable')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{i18n.t('rhythm.day')}</th>
                <th scope="col">{i18n.t('rhythm.what')}</th>
              </tr>
            </thead>
            <tbody>
              {[...marks].reverse().map((mark) => (
                <tr key={mark.meetingId}>
                  <td>{meetingDateText(mark.start)}</td>
                  <td>{markText(mark).split(' · ').slice(1).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {timeline.usualGap !== undefined && <p class="muted">{i18n.t('rhythm.usual', { days: Math.round(timeline.usualGap) })}</p>}
          {timeline.focusDue.map((due) => (
            <p key={due.focus} class="muted">
              {dueText(due)}
            </p>
          ))}
        </details>
      )}
    </figure>
  );
}
