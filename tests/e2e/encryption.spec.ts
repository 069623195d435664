import type { Page } from '@playwright/test';
import { notesStoreIn } from '../harness/notes-store';
import { expect, notesBox, openEvent, panel, test, turnOnEncryption } from './extension';

const PASS = 'tea kettle on a quiet morning';

type WithChrome = { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } } };
/** The popup's snapshot, which the background keeps in storage.session (utils/extension/popup-snapshot.ts). */
const popupSnapshot = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as WithChrome).chrome.storage.session.get('popupSnapshot').then((stored) => stored.popupSnapshot ?? null),
  );

test('notes encrypted with a passphrase: sealed on disk, locked until unlocked, a wrong passphrase changes nothing', async ({
  calendar,
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await (await notesBox(calendar)).fill('Worried about burnout.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');

  const options = await turnOnEncryption(context, extensionId, PASS);
  const section = options.getByRole('region', { name: 'Encryption' });

  // What IndexedDB holds is sealed.
  const stored = JSON.stringify((await notesStoreIn(options, ['meetings'])).meetings);
  expect(stored).not.toContain('burnout');
  expect(stored).toContain('"sealed":1');
  // The panel, unlocked in this session, still reads and writes plain text.
  await expect(await notesBox(calendar)).toHaveValue('Worried about burnout.');

  // Unlocked, the popup's snapshot is kept; locked, it goes (it would hold commitments' text).
  await expect.poll(() => popupSnapshot(options)).not.toBeNull();
  await section.getByRole('button', { name: 'Lock now' }).click();
  await expect((await panel(calendar)).getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect.poll(() => popupSnapshot(options)).toBeNull();
  await (await panel(calendar)).getByLabel('Passphrase').fill('not my passphrase');
  await (await panel(calendar)).getByRole('button', { name: 'Unlock' }).click();
  await expect((await panel(calendar)).getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed.', {
    timeout: 20_000,
  });
  await (await panel(calendar)).getByLabel('Passphrase').fill(PASS);
  await (await panel(calendar)).getByRole('button', { name: 'Unlock' }).click();
  await expect(await notesBox(calendar)).toHaveValue('Worried about burnout.', { timeout: 20_000 });
  // Unlocked once for the session: the other pages follow.
  await expect(options.getByRole('region', { name: 'Encryption' })).toContainText('encrypted on this computer');
});
