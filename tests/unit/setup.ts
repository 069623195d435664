import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { loadDateLocale } from '@/utils/rules/dates';
import { fillMessage } from '@/utils/protocol/messages-ready';

// The messages the browser would serve from _locales/en/messages.json, built from
// the same catalogue by the same code as the extension's build.
const messages = generateChromeMessages(await parseMessagesFile('components/locales/en.yml')) as Record<string, { message: string }>;

/** chrome.i18n.getMessage: "" for an unknown name, else the message with its substitutions (as the browser fills them). */
function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name]?.message;
  return message === undefined ? '' : fillMessage(message, substitutions);
}

// Dates in the user's format (utils/rules/dates.ts): the tests read British English unless they say otherwise.
if (!('navigator' in globalThis)) Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
Object.defineProperty(globalThis.navigator, 'language', { value: 'en-GB', configurable: true });
await loadDateLocale('en-GB');

const serveMessages = () => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
};
// Before any module under test loads, in case one reads a text as it loads.
serveMessages();

beforeEach(() => {
  fakeBrowser.reset();
  serveMessages();
});

// Time is an input: the clock sweep (npm run test:clock) runs every unit test with the
// system clock set to TEST_NOW. Tests that use fake timers of their own set their own time.
if (process.env.TEST_NOW) {
  vi.useFakeTimers({ now: new Date(process.env.TEST_NOW), toFake: ['Date'], shouldAdvanceTime: true });
}
