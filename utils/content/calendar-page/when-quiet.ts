/**
 * A trailing wait for a page that changes many times a second: `run` once the page has been
 * quiet for `ms`. One timer at a time, re-armed only when it fires early: a live calendar
 * re-renders up to 50 times a second, and a timer cleared and set anew on each change (WXT's
 * ctx.setTimeout also adds an invalidation listener per call, kept until the script ends) was
 * most of our content script's time during a re-render burst (docs/PERFORMANCE.md).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function whenQuiet(ctx: ContentScriptContext, ms: number, run: () => void): () => void {
  let timer: number | undefined;
  let quietAt = 0;
  const fire = () => {
    const left = quietAt - Date.now();
    if (left > 0) {
      timer = ctx.setTimeout(fire, left);
      return;
    }
    timer = undefined;
    run();
  };
  return () => {
    quietAt = Date.now() + ms;
    timer ??= ctx.setTimeout(fire, ms);
  };
}
