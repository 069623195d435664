import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { loadDateLocale } from '@/utils/dates';

// The messages the browser would serve from _locales/en/messages.json, built from
// the same catalogue by the same code as the extension's build.
const messages = generateChromeMessages(await parseMessagesFile('components/locales/en.yml')) as Record<string, { message: string }>;

/** chrome.i18n.getMessage: $1…$9 from the substitutions, "$$" is a dollar sign, "" for an unknown name. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name]?.message;
  if (message === undefined) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

// Dates in the user's format (utils/dates.ts): the tests read British English unless they say otherwise.
Object.defineProperty(globalThis.navigator, 'language', { value: 'en-GB', configurable: true });
await loadDateLocale('en-GB');

const serveMessages = () => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
};
// Before any module under test loads: some build their texts once, at load (the question bank).
serveMessages();

beforeEach(() => {
  fakeBrowser.reset();
  serveMessages();
});
