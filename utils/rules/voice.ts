/**
 * Whose words: the interface speaks the browser's language; what is said *to a person* (the
 * questions, the recap) may be in theirs. A voice is a language's catalogue and date format.
 */
import type { Locale } from 'date-fns';
import { dateLocale } from './dates';
import { interfaceLanguage, type Language } from './languages';
import { fillMessage, i18n, translatorOf, type Translate } from './page-i18n';

export interface Voice {
  language: Language;
  t: Translate;
  dateLocale: Locale;
}

/** Messages as in `_locales/<language>/messages.json`. */
export type Messages = Readonly<Record<string, { message: string }>>;

export function voiceOf(language: Language, messages: Messages, locale: Locale): Voice {
  return {
    language,
    t: translatorOf((name, substitutions) => {
      const message = messages[name]?.message;
      return message === undefined ? '' : fillMessage(message, substitutions);
    }),
    dateLocale: locale,
  };
}

/** The interface's own voice: the browser's catalogue and the page's date format. */
export function interfaceVoice(): Voice {
  return { language: interfaceLanguage(), t: i18n.t, dateLocale: dateLocale() };
}
