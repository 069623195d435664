/**
 * The languages the extension speaks (components/locales/*.yml). The interface is in the
 * language the browser chose from them (its own UI language, else English); the questions
 * and the recap can follow a person's own language (Person.language), so a manager in
 * Berlin asks a report in Madrid in Spanish (docs/LANGUAGES.md).
 */
import { i18n } from './page-i18n';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a picker lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The nearest of ours for a BCP 47 tag: "de-AT" → de, "pt-PT" → pt-BR, "ja-JP" → ja, anything else → en. */
export function nearestLanguage(tag: string | undefined): Language {
  const lower = (tag ?? '').toLowerCase().replace('_', '-');
  const exact = LANGUAGES.find((language) => language.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return LANGUAGES.find((language) => language.split('-')[0] === base) ?? 'en';
}

/** The folder of a language's messages in the built extension (`_locales/pt_BR`). */
export const catalogueFolder = (language: Language): string => language.replace('-', '_');

/** The language the interface is in: the catalogue the browser chose says which it is. */
export function interfaceLanguage(): Language {
  const code = i18n.t('language.code');
  return isLanguage(code) ? code : 'en';
}

/** A list as the interface's language writes one ("a, b, c"; "a, b und c"; "a、b、c"). */
export function listText(items: readonly string[]): string {
  return new Intl.ListFormat(interfaceLanguage(), { type: 'unit', style: 'short' }).format(items);
}
