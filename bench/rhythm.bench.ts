/**
 * The pictures of the people page on 30 people × 5 years (issue 23): how long the team chart
 * and a person's timeline take to work out, and the longest task in the people page while it
 * draws the team chart and while a click draws a person's timeline (a long-task observer in
 * the page). Budget: no long task over 50 ms for the pictures.
 */
import { expect, test } from '../tests/e2e/extension';
import { notesStoreIn } from '../tests/harness/notes-store';
import { personTimeline, teamRhythm } from '../utils/rules/rhythm';
import { summarise } from '../utils/db/overview';
import type { Meeting } from '../utils/db/records';
import { generateHistory } from './seed';
import { figure, recordResults } from './results';

const RUNS = 5;

test('team chart and timelines with 30 people × 5 years', async ({ context, extensionId, now }) => {
  // The history and the pictures on the test's clock, the one the pages run on (tests/harness/clock.ts).
  const data = generateHistory({ now });
  const byPerson = new Map<string, Meeting[]>();
  for (const meeting of data.meetings) byPerson.set(meeting.personId, [...(byPerson.get(meeting.personId) ?? []), meeting]);

  // The pure part, in Node: the same functions the page runs.
  const summariesMs: number[] = [];
  const teamMs: number[] = [];
  const timelineMs: number[] = [];
  for (let run = 0; run < 20; run++) {
    let started = performance.now();
    // The people page's own numbers (before issue 23), which the team chart builds on.
    const summaries = data.people.map((person) => summarise(person, byPerson.get(person.id) ?? [], now));
    summariesMs.push(performance.now() - started);
    started = performance.now();
    teamRhythm(summaries, byPerson, data.commitments, now);
    teamMs.push(performance.now() - started);
    started = performance.now();
    for (const person of data.people) personTimeline(byPerson.get(person.id) ?? [], now);
    timelineMs.push((performance.now() - started) / data.people.length);
  }

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText(/Open a 1:1 in Google Calendar/)).toBeVisible();
  await notesStoreIn(page, [], { people: data.people, meetings: data.meetings, commitments: data.commitments });
  await context.addInitScript(() => {
    const scope = window as unknown as { __longTasks: { start: number; duration: number }[] };
    scope.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const longest = (since: number) =>
    page.evaluate(
      (since) =>
        Math.max(
          0,
          ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
            .filter((task) => task.start + task.duration >= since)
            .map((task) => task.duration),
        ),
      since,
    );

  const chartShown: number[] = [];
  const loadTask: number[] = [];
  const timelineTask: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Wall clock: the pages' performance.now() runs on the test's fixed clock.
    const navigated = Date.now();
    await page.goto(`chrome-extension://${extensionId}/people.html`);
    const team = page.getByRole('region', { name: 'The team at a glance' });
    await expect(team.getByRole('row')).toHaveCount(data.people.length + 1, { timeout: 30_000 });
    chartShown.push(Date.now() - navigated);
    loadTask.push(await longest(0));
    await page.waitForTimeout(300);
    const clickedAt = await page.evaluate(() => performance.now());
    await team
      .getByRole('row')
      .nth(1 + (run % data.people.length))
      .getByRole('button')
      .click();
    await expect(page.getByRole('toolbar', { name: /in the last 12 months/ })).toBeVisible();
    await page.waitForTimeout(200);
    timelineTask.push(await longest(clickedAt));
  }
  const results = {
    peopleSummariesComputeMs: figure(summariesMs, 1),
    teamRhythmComputeMs: figure(teamMs, 1),
    personTimelineComputeMs: figure(timelineMs, 2),
    peoplePageWithTeamChartShownMs: figure(chartShown),
    peoplePageLoadLongestTaskMs: figure(loadTask),
    personTimelineClickLongestTaskMs: figure(timelineTask),
  };
  for (const [key, value] of Object.entries(results)) recordResults(key, value);
  console.log(JSON.stringify(results, null, 2));
});
