/**
 * The catalogue's words for what content scripts draw on calendar and call
 * pages: the same messages and the same types as `#i18n` (@wxt-dev/i18n), read
 * with the browser's own getMessage in a few lines, because the library's
 * runtime alone is 4% of the calendar content script's 15 KB budget
 * (docs/PERFORMANCE.md). The same rules: a count fills `$1` and picks the form
 * ("0 | 1 | n" or "1 | n"), then `{name}` values go in, in one pass.
 * tests/unit/page-i18n.test.ts holds it to the library's answers.
 */
import { browser } from 'wxt/browser';

export type Translate = (typeof import('#i18n'))['i18n']['t'];
/** Message names are the catalogue's keys with "_" for "." (the generated names are typed; ours are built). */
const getMessage = (name: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

/** `$1`…`$9` from the substitutions and `$$` as a dollar sign, as the browser does. */
export function fillMessage(message: string, substitutions?: string | string[]): string {
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

type GetMessage = (name: string, substitutions?: string[]) => string;

/** `t` over a `getMessage`: the browser's, or another language's messages (utils/rules/voice.ts). */
export function translatorOf(getMessage: GetMessage): Translate {
  function translate(key: string, ...args: (number | Record<string, string | number>)[]): string {
    let count: number | undefined;
    let named: Record<string, string | number> | undefined;
    for (const arg of args) {
      if (typeof arg === 'number') count = arg;
      else named = arg;
    }
    let text = getMessage(key.replaceAll('.', '_'), count === undefined ? undefined : [String(count)]);
    if (count !== undefined) {
      const forms = text.split(' | ');
      text = (forms.length === 3 ? forms[Math.min(count, 2)] : forms.length === 2 && count !== 1 ? forms[1] : forms[0]) ?? text;
    }
    const values = named;
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text;
  }
  return translate as Translate;
}

export const i18n = { t: translatorOf(getMessage) };
