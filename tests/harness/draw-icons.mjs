// Renders components/shared/icon.svg into the PNG sizes the stores and
// browsers ask for (components/public/icon/<size>.png, committed). Run it
// after changing the SVG: `node tests/harness/draw-icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath } from './chromium.mjs';

const publicDir = resolve(import.meta.dirname, '../../components/public');
const svg = readFileSync(resolve(publicDir, '../shared/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath() });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(publicDir, `icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
