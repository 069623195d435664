/**
 * How long the popup and the people page take to show their data, with 30
 * people × 5 years of weekly 1:1s, in the built extension in Chromium.
 * Median and p95 over repeated loads; results in bench/results/<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatISO } from 'date-fns';
import { expect, test } from '../tests/e2e/extension';
import { generateHistory } from './seed';

const RUNS = 15;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

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

test('popup and people page render times with 30 people × 5 years', async ({ context, extensionId }) => {
  const data = generateHistory();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText(/Open a 1:1 in Google Calendar/)).toBeVisible();
  await page.evaluate(async (seed) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('one-on-one-companion');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['people', 'meetings', 'commitments'], 'readwrite');
      for (const person of seed.people) tx.objectStore('people').put(person);
      for (const meeting of seed.meetings) tx.objectStore('meetings').put(meeting);
      for (const commitment of seed.commitments) tx.objectStore('commitments').put(commitment);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);

  // Record the moment the awaited element appears, from inside the page.
  await context.addInitScript(() => {
    const targets = ['[aria-label="Open commitments"]', '.people-list .person-row'];
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
  for (let run = 0; run < RUNS; run++) {
    popup.push(await timeToRender(page, `chrome-extension://${extensionId}/popup.html`, '[aria-label="Open commitments"]'));
    people.push(await timeToRender(page, `chrome-extension://${extensionId}/people.html`, '.people-list .person-row'));
    search.push(
      await page.evaluate(
        async (query) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const started = performance.now();
          const done = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              if (document.querySelector('[aria-label="Search results"] li')) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
          });
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await done;
          return performance.now() - started;
        },
        ['promotion criteria', 'design work', 'on-call'][run % 3]!,
      ),
    );
  }

  // Export, erase and import through the options page, which reports its own timings.
  const exportMs: number[] = [];
  const importMs: number[] = [];
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
    // The file is read, checked and previewed before the written part the page reports.
    importMs.push(Math.round(performance.now() - picked));
  }

  const figure = (values: number[]) => ({
    median: Math.round(quantile(values, 0.5)),
    p95: Math.round(quantile(values, 0.95)),
    runs: values.length,
  });
  const results = {
    date: new Date().toISOString(),
    database: { people: data.people.length, meetings: data.meetings.length, commitments: data.commitments.length },
    popupFirstRenderMs: figure(popup),
    peoplePageFirstRenderMs: figure(people),
    peopleSearchMs: figure(search),
    exportBackupMs: figure(exportMs),
    importBackupWithPreviewMs: figure(importMs),
  };
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results', `${formatISO(new Date(), { representation: 'date' })}.json`),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log(JSON.stringify(results, null, 2));
});
