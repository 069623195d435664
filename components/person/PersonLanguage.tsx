/**
 * The language of a person's questions and recap (Person.language), chosen in the panel: a
 * manager in Berlin asks a report in Madrid in Spanish. Empty: the interface's language.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Person } from '@/utils/db/records';
import { ensureOccurrence } from '@/utils/db/meetings';
import { interfaceLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '@/utils/rules/languages';
import { interfaceVoice, type Voice } from '@/utils/rules/voice';
import { loadVoice } from '@/utils/extension/voices';
import { i18n } from '#i18n';

/** The voice of a person's language, once loaded (the interface's until then, or when it cannot be read). */
export function usePersonVoice(language: Language | undefined): Voice {
  const [voice, setVoice] = useState<Voice>();
  useEffect(() => {
    let current = true;
    setVoice(undefined);
    if (language && language !== interfaceLanguage())
      loadVoice(language).then(
        (loaded) => current && setVoice(loaded),
        (error: unknown) => console.debug('[1:1 Companion] language', language, error),
      );
    return () => {
      current = false;
    };
  }, [language]);
  return voice ?? interfaceVoice();
}

export function PersonLanguage({ db, person }: { db: CompanionDatabase; person: Person }) {
  const [message, setMessage] = useState('');
  const choose = async (value: string) => {
    const language = isLanguage(value) ? value : undefined;
    await ensureOccurrence(db, { personId: person.id });
    await db.people.update(person.id, { language, updatedAt: new Date().toISOString() });
    setMessage(i18n.t('language.saved', { name: person.name, language: LANGUAGE_NAMES[language ?? interfaceLanguage()] }));
  };
  return (
    <div class="person-language">
      <label>
        {i18n.t('language.label')}{' '}
        <select class="focus-select" value={person.language ?? ''} onChange={(event) => void choose(event.currentTarget.value)}>
          <option value="">{i18n.t('language.interface', { name: LANGUAGE_NAMES[interfaceLanguage()] })}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      <p role="status" class="form-message">
        {message}
      </p>
    </div>
  );
}
