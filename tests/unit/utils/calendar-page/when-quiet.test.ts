// @vitest-environment jsdom
/**
 * The content script's trailing wait (utils/content/calendar-page/when-quiet.ts): it runs once
 * the page has been quiet for the whole wait, and a burst of changes costs one timer at a time,
 * not one per change.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whenQuiet } from '@/utils/content/calendar-page/when-quiet';

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  ctx = new ContentScriptContext('when-quiet');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

it('runs once, a whole wait after the last of a burst of changes', () => {
  const run = vi.fn();
  const timers = vi.spyOn(ctx, 'setTimeout');
  const changed = whenQuiet(ctx, 1000, run);
  // 500 changes, one every 20 ms (a calendar re-rendering 50 times a second for 10 s).
  for (let change = 0; change < 500; change++) {
    changed();
    vi.advanceTimersByTime(20);
  }
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1000 - 20 - 1);
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(run).toHaveBeenCalledTimes(1);
  // One timer per wait that ended early, not one per change.
  expect(timers.mock.calls.length).toBeLessThanOrEqual(12);
  // Quiet since: nothing more.
  vi.advanceTimersByTime(10_000);
  expect(run).toHaveBeenCalledTimes(1);
  // A later change waits again.
  changed();
  vi.advanceTimersByTime(1000);
  expect(run).toHaveBeenCalledTimes(2);
});

it('never runs once the content script is gone', () => {
  const run = vi.fn();
  const changed = whenQuiet(ctx, 1000, run);
  changed();
  ctx.abort();
  vi.advanceTimersByTime(5000);
  expect(run).not.toHaveBeenCalled();
});
