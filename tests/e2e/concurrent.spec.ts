import { panelHash } from '../../utils/protocol/panel-link';
import { expect, notesBox, openEvent, panel, test } from './extension';

const SAM_MARCH_12 = panelHash({
  v: 1,
  key: 'google-calendar:7kq3m0c2v1p9h8r4t6s5a2b1c0/20260312T090000Z',
  seriesKey: 'google-calendar:7kq3m0c2v1p9h8r4t6s5a2b1c0',
  title: 'Alex / Sam 1:1',
  start: '2026-03-12T09:00:00.000Z',
  allDay: false,
  recurring: true,
  counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
});

test('two windows typing into the same notes at once keep both texts', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await expect(await notesBox(calendar)).toHaveValue('');
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/panel.html#${SAM_MARCH_12}`);
  const otherBox = other.getByRole('textbox', { name: /^Notes/ });
  await expect(otherBox).toHaveValue('');

  // Both type before either has seen the other's save: at the same moment. The first change is written at
  // once (utils/extension/autosave.ts), so typing one after the other would let the second window see the first's
  // text and type over it, which is an edit of it, not a race.
  const box = await notesBox(calendar);
  await Promise.all([box.fill('Typed beside the calendar'), otherBox.fill('Typed in the second window')]);

  for (const box of [await notesBox(calendar), otherBox]) {
    await expect(box).toHaveValue(/Typed beside the calendar/);
    await expect(box).toHaveValue(/Typed in the second window/);
  }
  // The window whose words joined the other's says so.
  await expect
    .poll(async () =>
      [await (await panel(calendar)).getByTestId('save-state').innerText(), await other.getByTestId('save-state').innerText()].join(' | '),
    )
    .toContain('both texts kept');
});
