// How we start Chromium with the built extension: shared by the end-to-end
// tests and `npm start`, so what we test is what a developer runs.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** The unpacked build that `wxt build` writes. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * A Chromium that still honours --load-extension (branded Chrome stopped doing
 * so in version 137). CHROMIUM_PATH wins when set.
 */
export function chromiumPath() {
  const found = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

/**
 * Flags for a browser with our extension and nothing else.
 * Any --disable-features of ours replaces Playwright's own list, which turns
 * off ThirdPartyStoragePartitioning; with that off Chromium denies IndexedDB to
 * the extension's iframe inside the calendar page. Real Chrome has it on, so
 * we keep it on (see docs/ARCHITECTURE.md).
 */
/** @param {{ offline: boolean }} options */
export function extensionArgs({ offline }) {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ...(offline ? ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] : []),
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

/**
 * Chromium names an unpacked extension after its folder: the first 32 hex
 * digits of SHA-256 of the absolute path, written with the letters a–p.
 */
export function extensionIdFor(dir = EXTENSION_DIR) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
