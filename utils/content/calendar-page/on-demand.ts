/**
 * The calendar content script's parts that wait until they are needed
 * (entrypoints/calendar-on-demand.ts): fetched from the extension with `import()` once per
 * page (in Chrome and Edge; see `source` for Firefox). The module runs in the content
 * script's isolated world, not the page's: the page can fetch the file (it is web-accessible,
 * like panel.html) but never reach what it builds.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DockFrame } from './dock-frame';
import type { onDemandParts } from '@/entrypoints/calendar-on-demand';

/** The parts, as the module lists them (entrypoints/calendar-on-demand.ts). */
export type OnDemand = ReturnType<typeof onDemandParts>;

/**
 * Firefox's build keeps the parts inside the content script (the import below is inlined):
 * addons-linter refuses an `import()` of a computed address, which AMO's review reads as
 * remote code, and Firefox is not among the browsers the end-to-end tests drive.
 */
let source = async (): Promise<OnDemand> => {
  if (import.meta.env.FIREFOX) return (await import('@/entrypoints/calendar-on-demand')).onDemandParts();
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL('/calendar-on-demand.js'))) as { default: OnDemand };
  return module.default;
};
let loading: Promise<OnDemand> | undefined;

/** The module, fetched once per page; a fetch that failed is tried again at the next need. */
export function loadOnDemand(): Promise<OnDemand> {
  loading ??= source().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * For unit tests only: jsdom cannot import the built module, so a test hands over the module's
 * parts itself. (The page cannot call this: it lives in our isolated world.)
 */
export function setOnDemandSource(load: () => Promise<OnDemand>): void {
  source = load;
  loading = undefined;
}

/** The dock, built on its first use. */
export interface LazyDock {
  /** Runs the step once the dock is built, building it first if need be; steps run in the order given. */
  use(step: (frame: DockFrame, parts: OnDemand) => void): void;
  /** Runs the step only on a dock that is built or being built: taking down what is not there is nothing to do. */
  ifBuilt(step: (frame: DockFrame) => void): void;
}

export function lazyDock(ctx: ContentScriptContext, build: (parts: OnDemand) => DockFrame): LazyDock {
  let built: { frame: DockFrame; parts: OnDemand } | undefined;
  let waiting: ((frame: DockFrame, parts: OnDemand) => void)[] | undefined;
  const run = (step: (frame: DockFrame, parts: OnDemand) => void, builds: boolean) => {
    if (built) return step(built.frame, built.parts);
    if (!waiting) {
      if (!builds || ctx.isInvalid) return;
      waiting = [];
      loadOnDemand().then(
        (parts) => {
          const steps = waiting ?? [];
          waiting = undefined;
          if (ctx.isInvalid) return;
          built = { frame: build(parts), parts };
          for (const next of steps) {
            try {
              next(built.frame, parts);
            } catch (error) {
              console.debug('[1:1 Companion] dock', error);
            }
          }
        },
        (error: unknown) => {
          waiting = undefined;
          console.debug('[1:1 Companion] dock', error);
        },
      );
    }
    waiting.push(step);
  };
  return {
    use: (step) => run(step, true),
    ifBuilt: (step) => run(step, false),
  };
}
