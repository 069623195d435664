import { panelHash } from '../../utils/protocol/panel-link';
import { notesStoreIn } from '../harness/notes-store';
import { expectDock, expect, openEvent, panel, test, notesBox } from './extension';

const SECRET = 'Worried about burnout; mentioned a family illness.';

test.describe('notes live only in the extension', () => {
  test('the calendar page sees neither the notes nor the database', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await (await notesBox(calendar)).fill(SECRET);
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    await expectDock(calendar, 'shown');

    const seenByPage = await calendar.evaluate(async () => {
      const host = document.querySelector('one-on-one-companion');
      const iframe = host?.shadowRoot?.querySelector('iframe');
      let frameReadable = true;
      try {
        void iframe?.contentWindow?.document.body;
      } catch {
        frameReadable = false;
      }
      return {
        // Our shadow roots are closed: the page gets none to read (issue 17.7).
        shadowRootReachable: host?.shadowRoot !== null,
        html: document.documentElement.outerHTML + (host?.shadowRoot?.innerHTML ?? ''),
        databases: (await indexedDB.databases()).map((database) => database.name),
        storage: JSON.stringify({ ...localStorage }),
        frameReadable: frameReadable && iframe?.contentDocument != null,
      };
    });
    expect(seenByPage.shadowRootReachable).toBe(false);
    expect(seenByPage.html).not.toContain('burnout');
    expect(seenByPage.storage).not.toContain('burnout');
    expect(seenByPage.databases).not.toContain('one-on-one-companion');
    expect(seenByPage.frameReadable).toBe(false);
  });

  test('the docked panel and a top-level extension page share one database', async ({ calendar, context, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await (await notesBox(calendar)).fill(SECRET);
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');

    const page = await context.newPage();
    const hash = panelHash({
      v: 1,
      key: 'google-calendar:7kq3m0c2v1p9h8r4t6s5a2b1c0/20260305T090000Z',
      seriesKey: 'google-calendar:7kq3m0c2v1p9h8r4t6s5a2b1c0',
      title: 'Alex / Sam 1:1',
      start: '2026-03-05T09:00:00.000Z',
      allDay: false,
      recurring: true,
      counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
    });
    await page.goto(`chrome-extension://${extensionId}/panel.html#${hash}`);
    await expect(page.getByRole('textbox', { name: /^Notes/ })).toHaveValue(SECRET);

    // …and an edit there shows up live in the docked panel.
    await page.getByRole('textbox', { name: /^Notes/ }).fill(`${SECRET} Follow up next week.`);
    await expect(await notesBox(calendar)).toHaveValue(`${SECRET} Follow up next week.`);
  });

  test('a panel URL the page tampered with shows a clear message and writes nothing', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/panel.html#${encodeURIComponent('{"v":1,"key":"x"}')}`);
    await expect(page.getByRole('alert')).toContainText('cannot read');
    await page.goto(`chrome-extension://${extensionId}/panel.html#%E0%A4%A`);
    await expect(page.getByRole('alert')).toContainText('not a 1:1');
    // The background may have opened the database; nobody and no meeting may be in it.
    const rows = await notesStoreIn(page, ['people', 'meetings']);
    const stored = (rows.people?.length ?? 0) + (rows.meetings?.length ?? 0);
    expect(stored).toBe(0);
  });
});
