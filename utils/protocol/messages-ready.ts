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
import { catalogueFolder, interfaceLanguage, nearestLanguage } from '../rules/languages';

export { fillMessage };

type GetMessage = (name: string, substitutions?: string | string[]) => string;

export async function messagesReady(): Promise<void> {
  await serveMessages();
  // The page says which language it is in (its HTML says English until now): screen readers, hyphenation.
  if (typeof document !== 'undefined') document.documentElement.lang = interfaceLanguage();
}

async function serveMessages(): Promise<void> {
  const i18n = browser.i18n as unknown as { getMessage: GetMessage };
  if (i18n.getMessage('extension_name')) return;
  try {
    // The language the browser would have served: its own UI language among ours, else English.
    const folder = catalogueFolder(nearestLanguage(browser.i18n.getUILanguage()));
    const response = await fetch(browser.runtime.getURL(`/_locales/${folder}/messages.json` as '/'));
    const messages = (await response.json()) as Record<string, { message: string }>;
    const native = i18n.getMessage.bind(i18n);
    i18n.getMessage = (name, substitutions) => {
      const served = native(name, substitutions);
      const own = messages[name]?.message;
      return served || own === undefined ? served : fillMessage(own, substitutions);
    };
    console.debug(`[1:1 Companion] the browser served no messages; reading _locales/${folder}/messages.json`);
  } catch (error) {
    console.debug('[1:1 Companion] messages', error);
  }
}
