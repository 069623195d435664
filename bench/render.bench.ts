/**
 * How long the popup and the people page take to show their data, with 30
 * people × 5 years of weekly 1:1s, in the built extension in Chromium.
 * Median, p95 and the median's 95% bootstrap interval (bench/stats.ts) over repeated loads,
 * the first loads of a fresh browser reported on their own and left out of the rest (warm-up);
 * results in bench/results/<date>.json.
 * On the machine's own clock: Playwright's test clock fakes performance.now() from a fixed
 * origin, which read page timings of 12 s (tests/e2e/extension.ts, realClock).
 */
import type { Page } from '@playwright/test';
import { expect, panel, test, WEEK_URL } from '../tests/e2e/extension';
import { generateHistory } from './seed';
import { notesStoreIn } from '../tests/harness/notes-store';
import { recordResults } from './results';
import { afterWarmUp, estimate, pairedDifference } from './stats';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/harness/chromium.mjs';
import { rawWriteMs } from './idb-floor';

/**
 * The machine's floor for an extension page: an empty page of the extension's own, loaded just
 * before each popup and people page. Written into the build being measured for this bench only
 * (and removed after): no script, one paragraph. What the popup and the people page cost beyond
 * it is ours (the scripts we load, the data we read, what we draw); the floor is Chromium's.
 */
const EMPTY_PAGE = 'bench-empty.html';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
/** Loads of a fresh browser left out of the figures (reported as the first open). */
const WARM_UP = 2;

test.use({ realClock: true });
test.afterAll(() => rmSync(join(EXTENSION_DIR, EMPTY_PAGE), { force: true }));

/** Milliseconds from navigation start until `selector` is in the page. */
async function timeToRender(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { timeout: 60_000 });
  return page.evaluate((sel) => {
    const mark = (window as unknown as { __rendered?: number }).__rendered;
    if (mark === undefined) throw new Error(`no render mark for ${sel}: the init script did not run`);
    return mark;
  }, selector);
}

/** Milliseconds from typing `query` in the people page's search to its results (not "Preparing the search…"). */
function searchMs(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const started = performance.now();
    const done = new Promise<void>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[aria-label="Search results"] li:not([aria-busy])')) {
          observer.disconnect();
          resolve();
        }
      });
      // Text too: a query with as many hits as the last one reuses their rows and changes only their text.
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      // A search that never answers fails with what the page showed, not the whole bench's timeout.
      setTimeout(() => reject(new Error(`no results for "${query}": ${document.body.innerText.slice(0, 300)}`)), 20_000);
    });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    return performance.now() - started;
  }, query);
}

test('popup and people page render times with 30 people × 5 years', async ({ context, extensionId, now }) => {
  const data = generateHistory({ now });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText(/Open a 1:1 in Google Calendar/)).toBeVisible();
  await notesStoreIn(page, [], { people: data.people, meetings: data.meetings, commitments: data.commitments });

  // Record the moment the awaited element appears, from inside the page.
  await context.addInitScript(() => {
    const targets = ['[aria-label="Open commitments"]', '.people-list .person-row', '#bench-empty'];
    const observer = new MutationObserver(() => {
      if (targets.some((target) => document.querySelector(target))) {
        (window as unknown as { __rendered?: number }).__rendered ??= performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  const popup: number[] = [];
  const people: number[] = [];
  const search: number[] = [];
  const firstSearch: number[] = [];
  const emptyBeforePopup: number[] = [];
  const emptyBeforePeople: number[] = [];
  const emptyPage = join(EXTENSION_DIR, EMPTY_PAGE);
  writeFileSync(emptyPage, '<!doctype html><html lang="en"><meta charset="utf-8"><title>Empty</title><p id="bench-empty">·</p></html>\n');
  const empty = () => timeToRender(page, `chrome-extension://${extensionId}/${EMPTY_PAGE}`, '#bench-empty');
  for (let run = 0; run < RUNS + WARM_UP; run++) {
    emptyBeforePopup.push(await empty());
    popup.push(await timeToRender(page, `chrome-extension://${extensionId}/popup.html`, '[aria-label="Open commitments"]'));
    emptyBeforePeople.push(await empty());
    people.push(await timeToRender(page, `chrome-extension://${extensionId}/people.html`, '.people-list .person-row'));
    // A search typed as soon as the list shows waits for the index (built after the list): its
    // own figure. Then another query, the index ready: the time per query.
    const queries = ['promotion criteria', 'design work', 'on-call'];
    firstSearch.push(await searchMs(page, queries[run % 3]!));
    // The live page (its team chart) has taken over from the first step before the next query.
    await page.waitForSelector('.team-chart', { timeout: 30_000 });
    search.push(await searchMs(page, queries[(run + 1) % 3]!));
  }
  rmSync(emptyPage, { force: true });

  // Panel latency: from the details popover showing the 1:1 to the docked panel showing the
  // person's earlier notes, on a freshly loaded calendar page each time (stamped from inside
  // both documents; the panel is another process, so wall-clock epoch stamps are compared).
  await context.addInitScript(() => {
    const stamp = () => performance.timeOrigin + performance.now();
    const marks = window as unknown as { __popoverAt?: number; __completeAt?: number; __notesAt?: number };
    const watch = (done: () => boolean) => {
      const observer = new MutationObserver(() => done() && observer.disconnect());
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    };
    if (location.hostname === 'calendar.google.com') {
      watch(() => (document.querySelector('#rAECCd')?.textContent ? ((marks.__popoverAt ??= stamp()), true) : false));
      // The popover streams in like the live one: its guest rows a moment after its title.
      watch(() => (document.querySelector('[role="tree"] [role="treeitem"]') ? ((marks.__completeAt ??= stamp()), true) : false));
    } else if (location.pathname.endsWith('/panel.html')) {
      watch(() => (document.querySelector('.earlier-item') ? ((marks.__notesAt ??= stamp()), true) : false));
    }
  });
  // The first open in a fresh browser compiles the panel for the first time: its own figure.
  // The p95 is over the opens after it (20 at least, so the p95 is not simply the slowest).
  const panelMs: number[] = [];
  /** Ours alone: from the popover complete (its guest rows in: the page's own streaming is over) to the notes. */
  const oursMs: number[] = [];
  let firstPanelMs = NaN;
  const calendar = await context.newPage();
  for (let run = 0; run <= Math.max(RUNS, 30) + WARM_UP; run++) {
    await calendar.goto(WEEK_URL);
    // As a user would: the page has settled before they open an event.
    await calendar.waitForTimeout(1000);
    await calendar.locator('[data-eventchip]', { hasText: 'Alex / Sam 1:1' }).first().click();
    const frame = await panel(calendar);
    await expect(frame.locator('.earlier-item').first()).toBeVisible({ timeout: 30_000 });
    const panelFrame = calendar.frames().find((candidate) => candidate.url().includes('/panel.html'));
    const [popoverAt, completeAt] = await calendar.evaluate(() => {
      const marks = window as unknown as { __popoverAt?: number; __completeAt?: number };
      return [marks.__popoverAt, marks.__completeAt];
    });
    const notesAt = await panelFrame?.evaluate(() => (window as unknown as { __notesAt?: number }).__notesAt);
    if (popoverAt === undefined || notesAt === undefined) throw new Error('a latency stamp is missing: the init script did not run');
    if (completeAt === undefined) throw new Error('the popover never listed its guests');
    if (run === 0) firstPanelMs = Math.round(notesAt - completeAt);
    else {
      panelMs.push(notesAt - popoverAt);
      oursMs.push(notesAt - completeAt);
    }
    if (process.env.BENCH_DEBUG) console.log('panel run', run, Math.round(notesAt - popoverAt), Math.round(notesAt - completeAt), 'ms');
  }
  await calendar.close();

  // Export, erase and import through the options page, which reports its own timings.
  const exportMs: number[] = [];
  const importMs: number[] = [];
  const importWriteMs: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
    const file = await (await downloading).path();
    exportMs.push(Number(/in (\d+) ms/.exec(await page.getByText(/^Exported \d+ people/).innerText())?.[1]));
    await page.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
    await page.getByRole('button', { name: 'Erase all data' }).click();
    await expect(page.getByText('Everything was erased.')).toBeVisible();
    const picked = performance.now();
    await page.getByLabel('Choose a backup file').setInputFiles(file);
    await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
    const done = page.getByText(/^Imported \d+ records/);
    await expect(done).toBeVisible({ timeout: 120_000 });
    // The written part, as the page reports it ("… in 1234 ms").
    importWriteMs.push(Number(/in (\d+) ms/.exec(await done.innerText())?.[1]));
    // The file is read, checked and previewed before the written part the page reports.
    importMs.push(Math.round(performance.now() - picked));
  }

  // The floor for the writing: the same records straight into IndexedDB (bench/idb-floor.ts).
  const floorWriteMs: number[] = [];
  for (let run = 0; run < 3; run++) floorWriteMs.push(await rawWriteMs(page, data));

  const results = {
    database: { people: data.people.length, meetings: data.meetings.length, commitments: data.commitments.length },
    emptyExtensionPageMs: estimate(afterWarmUp([...emptyBeforePopup, ...emptyBeforePeople], WARM_UP)),
    popupOwnMs: pairedDifference(afterWarmUp(popup, WARM_UP), afterWarmUp(emptyBeforePopup, WARM_UP)),
    peoplePageOwnMs: pairedDifference(afterWarmUp(people, WARM_UP), afterWarmUp(emptyBeforePeople, WARM_UP)),
    importFloorWriteMs: estimate(floorWriteMs),
    popupFirstOpenMs: Math.round(popup[0] ?? NaN),
    popupFirstRenderMs: estimate(afterWarmUp(popup, WARM_UP)),
    peoplePageFirstOpenMs: Math.round(people[0] ?? NaN),
    peoplePageFirstRenderMs: estimate(afterWarmUp(people, WARM_UP)),
    peopleSearchMs: estimate(afterWarmUp(search, WARM_UP)),
    peopleFirstSearchMs: estimate(afterWarmUp(firstSearch, WARM_UP)),
    panelLatencyMs: estimate(afterWarmUp(oursMs, WARM_UP - 1)),
    panelLatencyFromFirstPaintMs: estimate(afterWarmUp(panelMs, WARM_UP - 1)),
    panelLatencyFirstOpenMs: firstPanelMs,
    exportBackupMs: estimate(exportMs),
    importBackupWithPreviewMs: estimate(importMs),
    importBackupWriteMs: estimate(importWriteMs),
  };
  for (const [key, value] of Object.entries(results)) recordResults(key, value);
  console.log(JSON.stringify(results, null, 2));
});
