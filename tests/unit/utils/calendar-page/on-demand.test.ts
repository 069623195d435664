// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lazyDock, loadOnDemand, setOnDemandSource, type OnDemand } from '@/utils/content/calendar-page/on-demand';
import type { DockFrame } from '@/utils/content/calendar-page/dock-frame';

/** A dock frame that writes down what it was asked, in order. */
function recordingFrame(said: string[]): DockFrame {
  const say = (what: string) => () => void said.push(what);
  return {
    warmUp: (url) => void said.push(`warm-up ${url}`),
    matchTheme: () => undefined,
    show: (url) => void said.push(`show ${url}`),
    hide: say('hide'),
    isShown: () => false,
    offer: say('offer'),
    withdrawOffer: say('withdraw'),
    destroy: say('destroy'),
  };
}

const parts = {} as OnDemand;
let ctx: ContentScriptContext;
beforeEach(() => {
  ctx = new ContentScriptContext('calendar');
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => ctx.abort());

describe('the on-demand part of the calendar content script', () => {
  it('is fetched once however many ask, and again after a fetch that failed', async () => {
    let fetches = 0;
    let fail = true;
    setOnDemandSource(async () => {
      fetches++;
      if (fail) throw new Error('could not be fetched');
      return parts;
    });
    await expect(loadOnDemand()).rejects.toThrow('could not be fetched');
    fail = false;
    const [first, second] = await Promise.all([loadOnDemand(), loadOnDemand()]);
    expect(first).toBe(parts);
    expect(second).toBe(parts);
    expect(fetches).toBe(2);
  });

  it('builds the dock on its first use; what was asked meanwhile happens in order, taking down nothing is nothing', async () => {
    let fetched!: (parts: OnDemand) => void;
    setOnDemandSource(() => new Promise((resolve) => (fetched = resolve)));
    const said: string[] = [];
    let builds = 0;
    const dock = lazyDock(ctx, () => {
      builds++;
      return recordingFrame(said);
    });
    dock.ifBuilt((frame) => frame.hide());
    dock.use((frame) => frame.show('a'));
    dock.ifBuilt((frame) => frame.hide());
    dock.use((frame) => frame.show('b'));
    expect(said).toEqual([]);
    fetched(parts);
    await vi.waitFor(() => expect(said).toEqual(['show a', 'hide', 'show b']));
    dock.ifBuilt((frame) => frame.withdrawOffer());
    expect(said.at(-1)).toBe('withdraw');
    expect(builds).toBe(1);
  });

  it('builds nothing once the content script is gone', async () => {
    setOnDemandSource(async () => parts);
    const build = vi.fn(() => recordingFrame([]));
    const dock = lazyDock(ctx, build);
    dock.use((frame) => frame.show('a'));
    ctx.abort();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(build).not.toHaveBeenCalled();
  });
});
