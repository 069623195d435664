/**
 * Every page checks, before its first render, that the browser serves the
 * catalogue. Now and then Chromium's `i18n.getMessage` answers "" for every
 * message in a freshly opened extension page (seen twice in hundreds of
 * end-to-end runs: a popup and an options page with empty headings and labels).
 * Then the page reads the same messages from the extension's own
 * `_locales/en/messages.json` and `getMessage` falls back on them, so no page is
 * ever drawn without words.
 */
import { browser } from 'wxt/browser';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** `$1`…`$9` from the substitutions and `$$` as a dollar sign, as the browser does. */
export function fillMessage(message: string, substitutions?: string | string[]): string {
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

export async function messagesReady(): Promise<void> {
  const i18n = browser.i18n as unknown as { getMessage: GetMessage };
  if (i18n.getMessage('extension_name')) return;
  try {
    const response = await fetch(browser.runtime.getURL('/_locales/en/messages.json' as '/'));
    const messages = (await response.json()) as Record<string, { message: string }>;
    const native = i18n.getMessage.bind(i18n);
    i18n.getMessage = (name, substitutions) => {
      const served = native(name, substitutions);
      const own = messages[name]?.message;
      return served || own === undefined ? served : fillMessage(own, substitutions);
    };
    console.debug('[1:1 Companion] the browser served no messages; reading _locales/en/messages.json');
  } catch (error) {
    console.debug('[1:1 Companion] messages', error);
  }
}
