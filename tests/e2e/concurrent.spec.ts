import { panelHash } from '../../utils/protocol/panel-link';
import { expect, notesBox, openEvent, panel, test, type WithExtensionApi } from './extension';

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

  // Both type before either has seen the other's save. Typed at the same moment from the test, one
  // window's fill could still land a moment after the other's save reached it (and type into that
  // text, an edit of it rather than a race: the flake this test had). So the writes are held the way
  // a move of the notes holds them (utils/db/database.ts, StorePointer.movingSince): both windows
  // type, neither can save, and when the writes go on, both saves race for real.
  const holdWrites = (held: boolean) =>
    other.evaluate(async (held) => {
      const local = (globalThis as unknown as WithExtensionApi).chrome.storage.local;
      const { notesStore } = (await local.get('notesStore')) as { notesStore?: { name: string | null } };
      const { name } = notesStore ?? { name: null };
      await local.set({ notesStore: held ? { name, movingSince: Date.now() } : { name } });
    }, held);
  await holdWrites(true);
  // Every page sees the hold within the time a real move gives them (PAUSE_MS, 150 ms).
  await other.waitForTimeout(400);
  const box = await notesBox(calendar);
  await box.fill('Typed beside the calendar');
  await otherBox.fill('Typed in the second window');
  await expect(other.getByTestId('save-state')).toHaveText(/Not saved yet/);
  await holdWrites(false);

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
