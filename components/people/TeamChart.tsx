/**
 * The team at a glance (issue 23): one row per person, who needs attention first. A real table
 * (screen readers read it as one, with its headers); the picture is a bar in each row: days
 * since the last 1:1 against how long is too long for that person (a tick at their usual gap,
 * the bar's end past the line when overdue, drawn red and marked "!" so it shows without
 * colour). Then cancellations in 90 days, the share of 1:1s with feedback asked, and open
 * commitments each way with the overdue ones.
 */
import type { TeamRow } from '@/utils/rules/rhythm';
import { i18n } from '#i18n';

const BAR = 120;

function Bar({ row }: { row: TeamRow }) {
  if (row.daysSince === undefined || !row.threshold) return null;
  // The scale: up to twice the limit; the limit's line in the middle.
  const limit = BAR / 2;
  const length = Math.min(BAR, Math.max(2, row.load * limit));
  const usual = row.usualGap !== undefined ? Math.min(BAR, (row.usualGap / row.threshold) * limit) : undefined;
  return (
    <svg class="team-bar" viewBox={`0 0 ${BAR + 12} 14`} width={BAR + 12} height="14" aria-hidden="true" focusable="false">
      <rect class={`bar${row.overdue ? ' overdue' : ''}`} x="0" y="3" width={length} height="8" rx="2" />
      {usual !== undefined && <line class="usual" x1={usual} x2={usual} y1="1" y2="13" />}
      <line class="limit" x1={limit} x2={limit} y1="0" y2="14" />
      {row.overdue && (
        <text class="bang" x={length + 3} y="11">
          !
        </text>
      )}
    </svg>
  );
}

export function TeamChart({ rows, onPick }: { rows: readonly TeamRow[]; onPick: (personId: string) => void }) {
  return (
    <section class="team-chart" aria-labelledby="team-heading" aria-busy={rows.length === 0}>
      <h2 id="team-heading">{i18n.t('rhythm.team')}</h2>
      <p class="muted">{i18n.t('rhythm.teamIntro')}</p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{i18n.t('rhythm.person')}</th>
              <th scope="col">{i18n.t('rhythm.sinceLast')}</th>
              <th scope="col">{i18n.t('rhythm.cancelled90')}</th>
              <th scope="col">{i18n.t('rhythm.feedback')}</th>
              <th scope="col">{i18n.t('rhythm.mine')}</th>
              <th scope="col">{i18n.t('rhythm.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.person.id} class={row.overdue ? 'overdue' : ''}>
                <th scope="row">
                  <button type="button" class="person-link" onClick={() => onPick(row.person.id)}>
                    {row.person.name}
                  </button>
                </th>
                <td>
                  <Bar row={row} />{' '}
                  <span>
                    {row.daysSince === undefined
                      ? i18n.t('rhythm.neverMet')
                      : row.usualGap !== undefined
                        ? i18n.t('rhythm.daysOfUsual', { days: row.daysSince, usual: Math.round(row.usualGap) })
                        : i18n.t('focus.days', row.daysSince)}
                    {row.overdue ? ` · ${i18n.t('people.overdue')}` : ''}
                  </span>
                </td>
                <td>{row.cancelled90}</td>
                <td>{row.feedbackShare === undefined ? '—' : `${Math.round(row.feedbackShare * 100)} %`}</td>
                <td>
                  {row.mine.open}
                  {row.mine.overdue > 0 && <span class="late"> · {i18n.t('rhythm.late', { count: row.mine.overdue })}</span>}
                </td>
                <td>
                  {row.theirs.open}
                  {row.theirs.overdue > 0 && <span class="late"> · {i18n.t('rhythm.late', { count: row.theirs.overdue })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
