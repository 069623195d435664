/**
 * Another language's voice for an extension page (the questions and recap of a person who
 * speaks it): its messages read from the extension's own `_locales/<language>/messages.json`
 * (a file of this package, not a network request) and its date format. Loaded once per page.
 */
import { z } from 'zod';
import { dateLocaleOf } from '../rules/dates';
import { interfaceLanguage, type Language } from '../rules/languages';
import { readPackagedMessages } from '../protocol/messages-ready';
import { interfaceVoice, voiceOf, type Voice } from '../rules/voice';

const MessagesFile = z.record(z.string(), z.object({ message: z.string() }));
const loaded = new Map<Language, Promise<Voice>>();

export function loadVoice(language: Language): Promise<Voice> {
  if (language === interfaceLanguage()) return Promise.resolve(interfaceVoice());
  let voice = loaded.get(language);
  if (!voice) {
    voice = (async () => {
      const messages = MessagesFile.parse(await readPackagedMessages(language));
      return voiceOf(language, messages, await dateLocaleOf(language));
    })();
    // A failed load is tried again next time, not remembered.
    voice.catch(() => loaded.delete(language));
    loaded.set(language, voice);
  }
  return voice;
}
