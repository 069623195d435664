import { afterAll, describe, expect, it } from 'vitest';
import { readsLikeStatusReport, statusReportNudge } from '@/utils/rules/nudges';

/** Labelled notes: true when a person would say "this was a status update". */
const TABLE: [string, boolean][] = [
  ['PAY-412 done, PAY-415 in progress. PR #2381 waiting for review. Deploy to staging Thursday.', true],
  ['Sprint: 8 story points left, velocity down. Blocked on INFRA-77. ETA Friday.', true],
  ['Went through the board: 3 tickets in QA, 2 bugs fixed, release on Tuesday.', true],
  ['Migration: merged the schema PR, rollout to prod next sprint. Backlog grooming needed.', true],
  ['Status of the billing epic: on track. Hotfix shipped Monday. Jira cleanup todo.', true],
  ['PR review backlog is long. #4512 and #4519 need merging before the release.', true],
  ['Standup notes: API-9 done, API-12 blocked on design, API-14 to do.', true],
  ['Estimates for Q3 epics; deploy pipeline flaky; two bugs in staging.', true],
  ['Release 2.4 shipped. Rollout at 50%. Tickets for the follow-up filed (WEB-88, WEB-89).', true],
  ['Code review turnaround, merged 4 PRs, deployment to production went fine, QA found 1 bug.', true],
  ['Burndown looks off, sprint goal at risk, backlog needs reordering, ETA unclear.', true],
  ['Ticket triage: 12 new bugs, 5 fixed. Jira board cleanup done.', true],
  ['CORE-1 CORE-2 CORE-3 all in progress. Staging deploy tomorrow.', true],
  ['Went over her tickets one by one. Everything on track for the release.', true],
  ['PR #88 merged, #91 in review, deployment Thursday, migration done.', true],
  ['Sprint review prep. Velocity chart. Story points for next sprint.', true],

  ['Feeling tired after the launch; wants a quieter month. Talked about taking a vacation.', false],
  ['Career: interested in moving towards staff engineer. Wants more design work and a mentor.', false],
  ['Frustrated by meetings eating focus time. Proud of the mentoring she did with the intern.', false],
  ['Family moving next month; may need flexible hours. Energy ok otherwise.', false],
  ['Asked me for feedback on the RFC process; felt unheard in the architecture review.', false],
  ['Wants to learn more about product thinking. Goal: run a discovery session this quarter.', false],
  ['Excited about the conference talk. Worried about public speaking; we agreed on a dry run.', false],
  ['Talked about trust on the team after the reorg. Feels the new lead is a good fit.', false],
  ['Not much on his mind. Enjoying the new project, sleep is better since the on-call change.', false],
  ['Horizon chat: wants to become a manager in two years. Skills to build: coaching, hiring.', false],
  ['Stressed by the migration deadline, but mostly about the conflict with the platform team.', false],
  ['Feedback for me: I interrupt in design reviews. Will work on it.', false],
  ['Bored with maintenance work; interested in the ML project. Motivation dipping.', false],
  ['Celebrated the release together! She feels proud and wants recognition for the team in the all-hands.', false],
  ['Discussed the PR review culture: feels reviews are harsh and it hurts confidence of juniors.', false],
  ['Mixed week: deploy went fine, but he is overwhelmed and wants help saying no to requests.', false],
  ['', false],
];

describe('the status-report nudge', () => {
  const outcomes = TABLE.map(([notes, label]) => ({ notes, label, predicted: readsLikeStatusReport(notes) }));

  afterAll(() => {
    const correct = outcomes.filter((outcome) => outcome.predicted === outcome.label).length;
    const wrong = outcomes.filter((outcome) => outcome.predicted !== outcome.label);
    console.log(
      [
        `status-report heuristic: ${TABLE.length} labelled notes, accuracy ${((correct / TABLE.length) * 100).toFixed(1)}%`,
        ...wrong.map((outcome) => `  wrong (${outcome.label ? 'missed' : 'false alarm'}): "${outcome.notes.slice(0, 70)}"`),
      ].join('\n'),
    );
  });

  it('has a table of at least 30 labelled notes, both kinds', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
    expect(TABLE.filter(([, label]) => label).length).toBeGreaterThanOrEqual(12);
    expect(TABLE.filter(([, label]) => !label).length).toBeGreaterThanOrEqual(12);
  });

  it('is right on at least 90% of the table', () => {
    const correct = outcomes.filter((outcome) => outcome.predicted === outcome.label).length;
    expect(correct / TABLE.length).toBeGreaterThanOrEqual(0.9);
  });

  it('speaks up only when the last three 1:1s all read like status reports', () => {
    const status = TABLE.filter(([, label]) => label).map(([notes]) => notes);
    const person = TABLE.filter(([notes, label]) => !label && notes).map(([notes]) => notes);
    expect(statusReportNudge([status[0]!, status[1]!, status[2]!])).toMatch(/status updates/);
    expect(statusReportNudge([status[0]!, person[0]!, status[2]!])).toBeUndefined();
    expect(statusReportNudge([status[0]!, status[1]!])).toBeUndefined();
    expect(statusReportNudge([person[0]!, status[0]!, status[1]!, status[2]!])).toBeUndefined();
  });
});
