/**
 * Every page checks, before its first render, that the browser serves the
 * catalogue. Now and then Chromium's `i18n.getMessage` answers "" for every
 * message in a freshly opened extension page (seen twice in hundreds of
 * end-to-end runs: a popup and an options page with empty headings and labels).
 * Then the page reads the same messages from the extension's own
 * `_locales/<language>/messages.json` and `getMessage` falls back on them, so no page is
 * ever drawn without words.
 */
import { browser } from 'wxt/browser';
import { fillMessage } from '../rules/page-i18n';
import { catalogueFolder, interfaceLanguage, nearestLanguage, type Language } from '../rules/languages';

export { fillMessage };

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/**
 * A language's messages as this extension's own package holds them (`_locales/<folder>/messages.json`):
 * a file read from the extension's own origin (a `chrome-extension://` URL), never the network.
 * The one place that reads them: this page's fallback below, and another language's voice
 * (utils/extension/voices.ts), which checks what it reads.
 */
export async function readPackagedMessages(language: Language): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${catalogueFolder(language)}/messages.json` as '/'));
  return response.json();
}

export async function messagesReady(): Promise<void> {
  await serveMessages();
  // The page says which language it is in (its HTML says English until now): screen readers, hyphenation.
  if (typeof document !== 'undefined') document.documentElement.lang = interfaceLanguage();
}

/**
 * The browser's getMessage, each answer kept for the page's life (the catalogue does not change
 * under an open page): a call into the extension API checks its arguments each time, and a panel
 * asks for the same few hundred messages on every render (the 90 built-in questions among them:
 * ~25 ms of a panel's opening, docs/PERFORMANCE.md). An empty answer is not kept.
 */
const keepers = new WeakSet<GetMessage>();
function keepAnswers(i18n: { getMessage: GetMessage }): void {
  if (keepers.has(i18n.getMessage)) return;
  const ask = i18n.getMessage.bind(i18n);
  const kept = new Map<string, string>();
  i18n.getMessage = (name, substitutions) => {
    const key = substitutions === undefined ? name : `${name}\u0000${[substitutions].flat().join('\u0001')}`;
    let answer = kept.get(key);
    if (answer === undefined) {
      answer = ask(name, substitutions);
      if (answer) {
        if (kept.size >= 5000) kept.clear();
        kept.set(key, answer);
      }
    }
    return answer;
  };
  keepers.add(i18n.getMessage);
}

async function serveMessages(): Promise<void> {
  const i18n = browser.i18n as unknown as { getMessage: GetMessage };
  try {
    await serveFromPackageIfNeeded(i18n);
  } finally {
    keepAnswers(i18n);
  }
}

async function serveFromPackageIfNeeded(i18n: { getMessage: GetMessage }): Promise<void> {
  if (i18n.getMessage('extension_name')) return;
  try {
    // The language the browser would have served: its own UI language among ours, else English.
    const language = nearestLanguage(browser.i18n.getUILanguage());
    const messages = (await readPackagedMessages(language)) as Record<string, { message: string }>;
    const native = i18n.getMessage.bind(i18n);
    i18n.getMessage = (name, substitutions) => {
      const served = native(name, substitutions);
      const own = messages[name]?.message;
      return served || own === undefined ? served : fillMessage(own, substitutions);
    };
    console.debug(`[1:1 Companion] the browser served no messages; reading _locales/${catalogueFolder(language)}/messages.json`);
  } catch (error) {
    console.debug('[1:1 Companion] messages', error);
  }
}
