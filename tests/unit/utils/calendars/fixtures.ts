/** Loads the committed calendar fixtures: trimmed HTML with a header comment and a golden file each. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = join(import.meta.dirname, '../../../fixtures');

export interface Fixture {
  site: string;
  name: string;
  url: string;
  html: string;
  expected: unknown;
}

export function fixturesOf(site: string): Fixture[] {
  const dir = join(FIXTURES_DIR, site);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(dir, file), 'utf8');
      const url = /^url: (\S+)$/m.exec(html)?.[1];
      if (!url) throw new Error(`${site}/${file} has no "url:" line in its header comment`);
      const expected: unknown = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
      return { site, name, url, html, expected };
    });
}

export function documentOf(fixture: Pick<Fixture, 'html' | 'url'>): Document {
  return new JSDOM(fixture.html, { url: fixture.url }).window.document;
}
