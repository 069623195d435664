/**
 * Issue 21.4: the people page and the options page as places to work: a search result shows
 * its hit highlighted, and the long options page has its sections one click away.
 */
import { expect, openEvent, test, writeNote } from './extension';

test('a search on the people page highlights the hit in its result', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await writeNote(calendar, 'Talked about the Café rollout and who owns the migration plan.');
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await people.getByRole('searchbox', { name: /Search/ }).fill('cafe');
  const results = people.getByRole('list', { name: /results/i });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('Café');
  await expect(results).toContainText('Talked about the Café rollout');
  // The page's own sheet wins over the shared one: the hit's name is a link, not a grey button.
  const hit = results.getByRole('button', { name: /Sam Rivera/ });
  await expect(hit).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(hit).toHaveCSS('border-top-width', '0px');
});

test('the people list shows each name above what is known of them', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await writeNote(calendar, 'Talked about the migration plan.');
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  const row = people.locator('.people-list .person-row', { hasText: 'Sam Rivera' });
  await expect(row).toContainText('last');
  // Measured after the live page took over from the first step (its team chart is drawn).
  await expect(people.locator('.team-chart')).toBeVisible();
  const name = await row.locator('strong').boundingBox();
  const facts = await row.locator('.muted').boundingBox();
  expect(name && facts && facts.y >= name.y + name.height - 1).toBe(true);
});

test('the options page names its sections at the top, and each link brings its section into view', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 1024, height: 700 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const nav = options.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveText(['Who you are', 'Cadence', 'Reminders', 'Questions', 'Your data', 'Encryption']);
  await nav.getByRole('link', { name: 'Encryption' }).click();
  await expect(options.getByRole('heading', { name: 'Encryption', level: 2 })).toBeInViewport();
  // Still in reach at the bottom of the page.
  await expect(nav).toBeInViewport();
  await nav.getByRole('link', { name: 'Reminders' }).click();
  await expect(options.getByRole('heading', { name: 'Reminders', level: 2 })).toBeInViewport();
});
