/**
 * The calendar page is not on our side (issue 17): what a page, or a part of the
 * extension that a page could reach, may and may not make us do.
 */
import { expect, openEvent, panel, storedRecords, test } from './extension';

type WithChrome = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

test.describe('the background obeys only the senders that need each message', () => {
  test('an extension page cannot speak for the calendar: no brief, no cancellation', async ({ calendar, context, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect(panel(calendar).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    const meetings = await storedRecords<{ eventKey: string; seriesKey: string; title: string; start: string; status: string }>(
      context,
      extensionId,
      'meetings',
    );
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0];
    if (!meeting) throw new Error('no meeting was stored');

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const answers = await page.evaluate(
      async ({ meeting }) => {
        const { runtime } = (globalThis as unknown as WithChrome).chrome;
        const counterpart = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };
        const brief = await runtime.sendMessage({ type: 'person-brief', counterpart });
        const occurrence = { key: meeting.eventKey, seriesKey: meeting.seriesKey, title: meeting.title, start: meeting.start, counterpart };
        const cancelled = await runtime.sendMessage({ type: 'meeting-cancelled', occurrence, endedSeries: true, reason: 'forged' });
        return { brief: brief ?? null, cancelled: cancelled ?? null };
      },
      { meeting },
    );
    expect(answers).toEqual({ brief: null, cancelled: null });
    const after = await storedRecords<{ status: string; cancelReason?: string }>(context, extensionId, 'meetings');
    expect(after.map(({ status, cancelReason }) => ({ status, cancelReason }))).toEqual([{ status: 'scheduled', cancelReason: undefined }]);
  });
});
