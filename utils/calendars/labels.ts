/**
 * The only place where calendar adapters depend on the UI language.
 *
 * Adapters find things by attribute and structure first; these tables are the
 * fallback for what the page only says in words (month names in a date line,
 * the "Organizer" mark on a guest). Add a language by adding its row; the
 * tests in tests/unit/utils/calendars/labels.test.ts check every row's shape.
 */

export type Language = 'en' | 'de' | 'es' | 'fr' | 'pt' | 'it' | 'nl';

/** Full month names, January first. Abbreviations are matched as prefixes. */
export const MONTHS: Record<Language, readonly string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** How a guest list marks the organiser, when no attribute says so. */
export const ORGANIZER_WORDS: Record<Language, readonly string[]> = {
  en: ['organizer', 'organiser'],
  de: ['organisator'],
  es: ['organizador'],
  fr: ['organisateur'],
  pt: ['organizador'],
  it: ['organizzatore'],
  nl: ['organisator'],
};

/** Recurrence lines that mean "does not repeat" (edit page's recurrence control). */
export const DOES_NOT_REPEAT: Record<Language, readonly string[]> = {
  en: ['does not repeat'],
  de: ['wiederholt sich nicht', 'einmalig'],
  es: ['no se repite'],
  fr: ['ne pas répéter', 'une seule fois'],
  pt: ['não se repete'],
  it: ['non si ripete'],
  nl: ['wordt niet herhaald'],
};

const LANGUAGES = Object.keys(MONTHS) as Language[];

/** Month number (1–12) of a word such as "March", "März", "mars", "Sept.", or null. */
export function monthOfWord(word: string): number | null {
  const token = word.toLowerCase().replace(/\.$/, '');
  if (token.length < 3) return null;
  const found = new Set<number>();
  for (const language of LANGUAGES) {
    MONTHS[language].forEach((name, index) => {
      if (name === token || (token.length >= 3 && name.startsWith(token))) found.add(index + 1);
    });
  }
  return found.size === 1 ? [...found][0]! : null;
}

export function isOrganizerLabel(label: string): boolean {
  const lower = label.toLowerCase();
  return LANGUAGES.some((language) => ORGANIZER_WORDS[language].some((word) => lower.includes(word)));
}

export function saysDoesNotRepeat(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return LANGUAGES.some((language) => DOES_NOT_REPEAT[language].some((words) => lower.includes(words)));
}
