/**
 * Issue 20.3: a 1:1 that is not on the calendar (a phone call, a walk) is started from the
 * people page: today's meeting is stored and its notes open beside the page, in the side panel.
 */
import { expect, openEvent, openSidePanels, panelOf, sidePanelPage, tabIdOf, test, writeNote, pickPerson } from './extension';
import { DEFAULT_NOW } from '../harness/clock';

// Its expectations name the day (the demo week's 1:1s, today's date): its clock is fixed, even in the clock sweep.
test.use({ startAt: DEFAULT_NOW });

test('"Start a 1:1 with …" on the people page makes today’s meeting and opens its notes, with no calendar event', async ({
  calendar,
  context,
  extensionId,
}) => {
  // Sam is known from an earlier 1:1 (5 March).
  await openEvent(calendar, 'Alex / Sam 1:1');
  await writeNote(calendar, 'March notes');
  await calendar.close();

  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, /^Sam Rivera/);
  await people.bringToFront();
  const tab = await tabIdOf(people);
  await people.getByRole('button', { name: 'Start a 1:1 with Sam Rivera now' }).click();
  // Its notes beside the people page, in the side panel.
  await expect.poll(async () => (await openSidePanels(context)).map(panelOf)).toEqual([[tab, 'Sam Rivera']]);
  const notes = await sidePanelPage(context);
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  // Today, on the test's clock (Wednesday 25 November 2026).
  await expect(notes.getByRole('heading', { level: 2, name: /^Notes · Wed, 25 Nov 2026/ })).toBeVisible();
  const box = notes.getByRole('textbox', { name: /^Notes/ });
  await box.fill('Walked around the block: Sam wants to lead the next incident review.');
  await expect(notes.getByTestId('save-state')).toHaveText('Saved');

  // The people page has it in Sam's history, today, beside March's.
  await people.reload();
  await pickPerson(people, /^Sam Rivera/);
  await expect(people.getByRole('region', { name: 'Person' })).toContainText('Walked around the block');
  await expect(people.getByRole('region', { name: 'Person' })).toContainText('March notes');
});
