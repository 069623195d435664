import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPopupSnapshot, writePopupSnapshot } from '@/utils/extension/popup-snapshot';

describe('the popup snapshot', () => {
  it('is read back with whether a call is live, and removed on request', async () => {
    await writePopupSnapshot({ commitments: [], glances: [], lastBackup: '2026-03-01T10:00:00.000Z', builtAt: '2026-03-19T12:00:00.000Z' });
    expect(await readPopupSnapshot()).toEqual({ commitments: [], glances: [], lastBackup: '2026-03-01T10:00:00.000Z', inCall: false });
    await fakeBrowser.storage.session.set({ liveCalls: { '12': { site: 'meet' } } });
    expect((await readPopupSnapshot())?.inCall).toBe(true);
    await writePopupSnapshot(null);
    expect(await readPopupSnapshot()).toBeUndefined();
  });

  it('is ignored when it does not look like one: the popup then reads the database', async () => {
    await fakeBrowser.storage.session.set({ popupSnapshot: { commitments: 'nope' } });
    expect(await readPopupSnapshot()).toBeUndefined();
    await fakeBrowser.storage.session.set({ popupSnapshot: 42 });
    expect(await readPopupSnapshot()).toBeUndefined();
  });
});
