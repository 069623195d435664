/**
 * How the demo sets itself up, shared by `npm run demo` (demo.ts) and the
 * end-to-end test that keeps it working (tests/e2e/demo.spec.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { serveStandIns } from '../harness/stand-ins';
import { demoBackup, DEMO_SELF } from './demo-data';

/** Everything but the extension's own files is refused: the demo needs no network. Call it before serveDemo. */
export async function refuseNetwork(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
}

/** The stand-in calendar with the demo's week, and a Meet call with Sam. */
export async function serveDemo(context: BrowserContext): Promise<void> {
  await serveStandIns(context, { demo: true });
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Meet - sam-demo-one</title>
        <style>body{margin:0;height:100vh;background:#202124;color:#e8eaed;font:16px system-ui;display:grid;place-items:center}</style></head><body>
        <div data-participant-id="self" data-self-name="Alex Kim"><span>Alex Kim</span></div>
        <div data-participant-id="p0" aria-label="Sam Rivera"><span>Sam Rivera</span></div>
        <i class="google-symbols">mic</i><i class="google-symbols">call_end</i></body></html>`,
    }),
  );
}

export async function tellWhoYouAre(welcome: Page): Promise<void> {
  await welcome.getByRole('textbox', { name: 'Your email addresses, one per line' }).fill(DEMO_SELF);
  await welcome.getByRole('button', { name: 'Save addresses' }).click();
  await welcome.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** Restores the demo's history, dated relative to `now` (the browser's clock: tests/harness/clock.ts). */
export async function restoreHistory(context: BrowserContext, extensionId: string, file: string, now: Date): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(demoBackup(now), null, 2));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a backup file').setInputFiles(file);
  await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
  await options.getByText(/^Imported \d+ records/).waitFor();
  await options.close();
}
