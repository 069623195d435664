/**
 * The only place where calendar adapters depend on the UI language.
 *
 * Adapters find things by attribute and structure first; these tables are the
 * fallback for what the page only says in words (month names in a date line,
 * the "Organizer" mark on a guest). Add a language by adding its row; the
 * tests in tests/unit/utils/calendars/labels.test.ts check every row's shape.
 */

export type Language = 'en' | 'de' | 'es' | 'fr' | 'pt' | 'it' | 'nl';

const LANGUAGE_CODES: readonly Language[] = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl'];

/** A language's full month names, January first, lower-case, as the browser writes them (Intl). */
function monthNames(language: Language): readonly string[] {
  const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => month.format(Date.UTC(2026, index, 15)).toLowerCase());
}

/**
 * Full month names: the browser's own, the very words the calendar writes in that
 * language (checked against a written table in labels.test.ts). Abbreviations are
 * matched as prefixes.
 */
export const MONTHS = Object.fromEntries(LANGUAGE_CODES.map((language) => [language, monthNames(language)])) as Record<
  Language,
  readonly string[]
>;

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

/** Subject prefixes Outlook adds to an event's title to mark its state (status, not title). */
export const STATUS_PREFIXES: Record<Language, { cancelled: readonly string[]; declined: readonly string[] }> = {
  en: { cancelled: ['canceled:', 'cancelled:'], declined: ['declined:'] },
  de: { cancelled: ['abgesagt:'], declined: ['abgelehnt:'] },
  es: { cancelled: ['cancelado:', 'cancelada:'], declined: ['rechazado:', 'rechazada:'] },
  fr: { cancelled: ['annulé :', 'annulé:'], declined: ['refusé :', 'refusé:'] },
  pt: { cancelled: ['cancelado:', 'cancelada:'], declined: ['recusado:', 'recusada:'] },
  it: { cancelled: ['annullato:', 'annullata:'], declined: ['rifiutato:', 'rifiutata:'] },
  nl: { cancelled: ['geannuleerd:'], declined: ['geweigerd:'] },
};

/** How an event chip names its organiser ("By Alex Kim"), when no attribute says so. */
export const BY_WORDS: Record<Language, readonly string[]> = {
  en: ['by'],
  de: ['von'],
  es: ['por', 'de'],
  fr: ['par', 'de'],
  pt: ['por', 'de'],
  it: ['di', 'da'],
  nl: ['door', 'van'],
};

/** An all-day event's time, where a chip writes words instead of hours. */
export const ALL_DAY_WORDS: Record<Language, readonly string[]> = {
  en: ['all day'],
  de: ['ganztägig'],
  es: ['todo el día'],
  fr: ['toute la journée', 'journée entière'],
  pt: ['dia inteiro', 'o dia todo'],
  it: ['tutto il giorno', 'giornata intera'],
  nl: ['hele dag', 'de hele dag'],
};

/** Names of the controls that delete or cancel an event, for pages without a stable attribute on them. */
export const DELETE_WORDS: Record<Language, readonly string[]> = {
  en: ['delete', 'delete event', 'cancel meeting', 'cancel event', 'cancel occurrence', 'cancel series'],
  de: ['löschen', 'termin löschen', 'besprechung absagen', 'absagen'],
  es: ['eliminar', 'eliminar evento', 'cancelar reunión'],
  fr: ['supprimer', "supprimer l'événement", 'annuler la réunion'],
  pt: ['excluir', 'excluir evento', 'cancelar reunião'],
  it: ['elimina', 'elimina evento', 'annulla riunione'],
  nl: ['verwijderen', 'gebeurtenis verwijderen', 'vergadering annuleren'],
};

/** The confirm button of a page's own dialog, for pages without a stable attribute on it. */
export const CONFIRM_WORDS: Record<Language, readonly string[]> = {
  en: ['ok', 'delete', 'send', 'yes'],
  de: ['ok', 'löschen', 'senden', 'ja'],
  es: ['aceptar', 'eliminar', 'enviar', 'sí'],
  fr: ['ok', 'supprimer', 'envoyer', 'oui'],
  pt: ['ok', 'excluir', 'enviar', 'sim'],
  it: ['ok', 'elimina', 'invia', 'sì'],
  nl: ['ok', 'verwijderen', 'verzenden', 'ja'],
};

/**
 * Outlook's organiser button that cancels a meeting (2026: "Cancel", a trash-can icon). The
 * same word closes dialogs elsewhere, so it counts only on an event's card or form.
 */
export const CANCEL_EVENT_WORDS: Record<Language, readonly string[]> = {
  en: ['cancel'],
  de: ['absagen'],
  es: ['cancelar'],
  fr: ['annuler'],
  pt: ['cancelar'],
  it: ['annulla'],
  nl: ['annuleren'],
};

/**
 * Words of languages whose other tables are not written yet (Japanese: Outlook's UI, 2026).
 * Kept apart so the tables above stay complete per language.
 */
const OTHER_WORDS = {
  delete: ['削除', 'イベントの削除', '会議のキャンセル'],
  cancelEvent: ['キャンセル'],
  confirm: ['ok', '送信', '削除', 'はい'],
  allDay: ['終日'],
  organizer: ['開催者', '主催者'],
} as const;

const LANGUAGES = LANGUAGE_CODES;

function anyWord(table: Record<Language, readonly string[]>): string[] {
  return LANGUAGES.flatMap((language) => table[language]);
}

/** The title without Outlook's "Canceled:"/"Declined:" prefix, and the state the prefix said. */
/**
 * Status prefixes of languages the other tables do not cover yet: Outlook's Japanese and
 * Russian "cancelled" (shared/CALENDAR-DOM.md; Japanese with either colon).
 */
const OTHER_STATUS_PREFIXES = { cancelled: ['キャンセル済み:', 'キャンセル済み：', 'отменено:'], declined: [] as string[] } as const;

export function splitStatusPrefix(title: string): { title: string; status?: 'cancelled' | 'declined' } {
  const lower = title.toLowerCase();
  for (const status of ['cancelled', 'declined'] as const) {
    const words = [...LANGUAGES.flatMap((language) => STATUS_PREFIXES[language][status]), ...OTHER_STATUS_PREFIXES[status]];
    const prefix = words.find((word) => lower.startsWith(word));
    if (prefix) return { title: title.slice(prefix.length).trim(), status };
  }
  return { title };
}

/** "By Alex Kim" → "Alex Kim"; anything else → undefined. */
export function nameAfterBy(segment: string): string | undefined {
  const trimmed = segment.trim();
  const lower = trimmed.toLowerCase();
  const word = anyWord(BY_WORDS).find((by) => lower.startsWith(`${by} `));
  return word ? trimmed.slice(word.length).trim() || undefined : undefined;
}

export function saysAllDay(text: string): boolean {
  const lower = text.toLowerCase();
  return [...anyWord(ALL_DAY_WORDS), ...OTHER_WORDS.allDay].some((words) => lower.includes(words));
}

/** A control named exactly like one that deletes or cancels an event. */
export function isDeleteLabel(label: string): boolean {
  const lower = label.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower !== '' && [...anyWord(DELETE_WORDS), ...OTHER_WORDS.delete].includes(lower);
}

/** A control named like Outlook's organiser "Cancel" (meaningful on an event's card or form only). */
export function isCancelEventLabel(label: string): boolean {
  const lower = label.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower !== '' && [...anyWord(CANCEL_EVENT_WORDS), ...OTHER_WORDS.cancelEvent].includes(lower);
}

export function isConfirmLabel(label: string): boolean {
  const lower = label.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower !== '' && [...anyWord(CONFIRM_WORDS), ...OTHER_WORDS.confirm].includes(lower);
}

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
  return [...anyWord(ORGANIZER_WORDS), ...OTHER_WORDS.organizer].some((word) => lower.includes(word));
}

export function saysDoesNotRepeat(text: string): boolean {
  const lower = text.toLowerCase().trim();
  return LANGUAGES.some((language) => DOES_NOT_REPEAT[language].some((words) => lower.includes(words)));
}
