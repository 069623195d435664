/**
 * Sizes of what the browser loads: each entrypoint's JavaScript (an HTML page
 * counts every script it loads, its own and the shared chunks it preloads; a script loaded on
 * demand, as the calendar content script's second part, counts apart),
 * raw and gzipped, and the packed extension (`wxt zip`). Read from the build
 * `npm run bench` has just made.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { recordResults } from './results';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/chrome-mv3');

interface Size {
  files: number;
  rawKb: number;
  gzipKb: number;
}

function sizeOf(files: string[]): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(BUILD, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  return { files: files.length, rawKb: kb(raw), gzipKb: kb(gzip) };
}

/** The scripts an HTML page loads: its module script and every chunk it preloads. */
function scriptsOf(html: string): string[] {
  const text = readFileSync(join(BUILD, html), 'utf8');
  return [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
}

test('sizes of every entrypoint and of the packed extension', () => {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js: string[] }[];
  };
  const sizes: Record<string, Size> = {};
  if (manifest.background?.service_worker) sizes.background = sizeOf([manifest.background.service_worker]);
  for (const script of manifest.content_scripts ?? []) {
    for (const file of script.js) sizes[file.replace(/^content-scripts\/|\.js$/g, '')] = sizeOf([file]);
  }
  // Scripts loaded by others when needed (the calendar content script's on-demand part), each apart.
  for (const script of readdirSync(BUILD).filter((file) => file.endsWith('.js') && file !== manifest.background?.service_worker)) {
    sizes[script.replace(/\.js$/, '')] = sizeOf([script]);
  }
  for (const html of readdirSync(BUILD).filter((file) => file.endsWith('.html'))) {
    sizes[html.replace(/\.html$/, '')] = sizeOf(scriptsOf(html));
  }
  expect(Object.keys(sizes).length).toBeGreaterThan(5);

  const zipped = execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, encoding: 'utf8' });
  const zipName = readdirSync(join(ROOT, '.output')).find((file) => file.endsWith('-chrome.zip'));
  expect(zipName, zipped).toBeDefined();
  const packedKb = Number((statSync(join(ROOT, '.output', zipName!)).size / 1024).toFixed(1));

  recordResults('sizes', { entrypoints: sizes, packedExtensionKb: packedKb });
  console.log(JSON.stringify({ sizes, packedKb }, null, 2));
});
