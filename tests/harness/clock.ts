/**
 * Time is an input. Every end-to-end test, the demo's screenshots and the
 * page-cost bench run the browser on a clock that starts at a fixed instant and
 * then flows: `E2E_NOW` (any ISO 8601 instant) when set, else DEFAULT_NOW. The
 * clock sweep (`npm run test:clock`) runs the suites at each of SWEEP.
 *
 * Who follows the clock:
 * - every page and frame (calendar and call pages, the panel's iframe, the
 *   popup, the people and options pages), through Playwright's clock;
 * - the service worker (badge, popup snapshot, the warning's facts), which
 *   Playwright's clock does not reach: its Date is shifted by the same offset
 *   as soon as it starts (shiftWorkerClock);
 * - the Node side (the demo's generated history) through `testNow()`.
 * Content scripts run in an isolated world no test tool can reach; they read
 * dates from the page (the chip's `data-datekey`, the date line), never "now",
 * except a year the page leaves out (see utils/sites/calendars/google-calendar.ts).
 *
 * The whole browser and the Node side share one time zone, Europe/Berlin (a
 * zone with daylight saving, so a date computed in the wrong zone fails).
 */
import type { BrowserContext, Worker } from '@playwright/test';

export const TIME_ZONE = 'Europe/Berlin';

/** A Wednesday in late November, mid-morning in Berlin: well after every fixed week of the stand-ins. */
export const DEFAULT_NOW = '2026-11-25T10:30:00+01:00';

/**
 * The instants the clock sweep checks: both ends of a working week, just after
 * the demo week's first 1:1 began, a Friday night, a Sunday (when the demo
 * shows next week) and the two hours of the year that do not exist or exist
 * twice in Berlin.
 */
export const SWEEP: Record<string, string> = {
  'monday-0001': '2026-11-23T00:01:00+01:00',
  'monday-1101': '2026-11-23T11:01:00+01:00',
  'friday-2359': '2026-11-27T23:59:00+01:00',
  sunday: '2026-11-29T15:00:00+01:00',
  'dst-ends': '2026-10-25T02:30:00+01:00',
  'dst-begins': '2027-03-28T03:30:00+02:00',
};

/** The instant this run starts at. */
export function testNow(): Date {
  const raw = process.env.E2E_NOW ?? DEFAULT_NOW;
  const now = new Date(raw);
  if (Number.isNaN(now.getTime())) throw new Error(`E2E_NOW is not an ISO 8601 instant: ${raw}`);
  return now;
}

/** Puts the whole browser on the clock that starts at `now`: its pages now and later, and its service workers. */
export async function runOnClock(context: BrowserContext, now: Date): Promise<void> {
  const offset = now.getTime() - Date.now();
  await context.clock.install({ time: now });
  const shifted = new Set<Worker>();
  const shift = (worker: Worker) => {
    if (shifted.has(worker)) return;
    shifted.add(worker);
    void shiftWorkerClock(worker, offset);
  };
  context.serviceWorkers().forEach(shift);
  context.on('serviceworker', shift);
}

/**
 * A service worker's Date, moved by `offset` ms (it still flows). Playwright's
 * clock covers pages only; this is the same fake for the one worker we have.
 */
async function shiftWorkerClock(worker: Worker, offset: number): Promise<void> {
  await worker
    .evaluate((offset) => {
      const scope = globalThis as unknown as { Date: DateConstructor; __clockShifted?: boolean; __clockOffset: number };
      if (scope.__clockShifted) return;
      scope.__clockShifted = true;
      scope.__clockOffset = offset;
      const Real = scope.Date;
      const now = () => Real.now() + scope.__clockOffset;
      function Shifted(this: unknown, ...args: unknown[]) {
        if (!new.target) return new Real(now()).toString();
        return args.length === 0 ? new Real(now()) : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
      }
      Shifted.prototype = Real.prototype;
      Object.setPrototypeOf(Shifted, Real);
      (Shifted as unknown as { now: () => number }).now = now;
      scope.Date = Shifted as unknown as DateConstructor;
    }, offset)
    .catch(() => undefined);
}

/**
 * Moves the whole browser's clock on by `ms` (days later, for a schedule): the pages through
 * Playwright's clock, the service worker by its offset.
 */
export async function advanceClock(context: BrowserContext, worker: Worker, ms: number): Promise<void> {
  const pageNow = await worker.evaluate(() => Date.now());
  await context.clock.setSystemTime(pageNow + ms);
  await worker.evaluate((ms) => {
    (globalThis as unknown as { __clockOffset: number }).__clockOffset += ms;
  }, ms);
}
