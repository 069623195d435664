/**
 * Open or closed, by each language's own grammar. An open question asks with a question word
 * (what, how, which…; was, wie, welche…; que, comment, quel…; qué, cómo, cuál…; o que,
 * como, qual…; 何, どう, どんな…). A closed one invites a yes or a no: English and German put
 * the verb first ("Are you…", "Hast du…"), French uses "est-ce que" or inversion ("As-tu…"),
 * Spanish and Portuguese ask with a plain verb ("¿Tienes…", "Você acha…"), Japanese ends
 * with か and no question word. The built-in bank must be open in every language
 * (tests/unit/locales.test.ts); a question the user writes gets a hint when it reads closed.
 */
import type { Language } from '../languages';

interface Grammar {
  /** A question word anywhere in the question. */
  asks: RegExp;
  /** How a yes/no question starts (or, in Japanese, ends). */
  closed: RegExp;
}

const GRAMMAR: Record<Language, Grammar> = {
  en: {
    asks: /\b(what|how|which|where|when|who|whom|whose|why)\b/i,
    closed: /^(is|are|am|do|does|did|can|could|would|will|have|has|had|should|shall|may|might|must|was|were|isn't|aren't|don't|didn't)\b/i,
  },
  de: {
    asks: /(^|[\s,(])(was|wie|wo|wann|wer|wen|wem|wessen|warum|weshalb|wieso|welche[mnrs]?|wo(?:r?(?:an|auf|aus|bei|durch|für|gegen|hin|her|mit|nach|über|um|unter|von|vor|zu)))\b/iu,
    closed:
      /^(bist|bin|ist|sind|seid|war|warst|waren|hast|habe|hat|haben|hattest|kannst|kann|können|könntest|könnte|willst|will|möchtest|möchte|würdest|würde|wirst|wird|werden|sollte|solltest|sollen|musst|muss|darf|darfst|gibt|gab|magst|findest|fühlst|denkst|glaubst|brauchst|weißt|läuft|klappt|passt|gefällt|geht)\s/iu,
  },
  fr: {
    asks: /(^|[\s,'’(-])((que|quoi|comment|où|quand|qui|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|pourquoi|combien)(?=[\s,?'’-]|$)|qu['’])/iu,
    closed:
      /^(est-ce que|est-ce qu['’]|y a-t-il|\p{L}+-(?:tu|vous|il|elle|on|ils|elles|t-il|t-elle|t-on)\b|(tu|vous)\s+(es|êtes|as|avez|peux|pouvez|veux|voulez|penses|pensez|crois|croyez|trouves|trouvez|aimes|aimez|aimerais|aimeriez|sais|savez)(?!\p{L}))/iu,
  },
  es: {
    asks: /(^|[\s¿,(])(qué|cómo|cuál|cuáles|dónde|adónde|cuándo|quién|quiénes|cuánto|cuánta|cuántos|cuántas|por qué|para qué)(?=[\s,?]|$)/iu,
    closed:
      /^¿?\s*(tienes|tiene|estás|está|eres|es|hay|has|ha|puedes|puede|podrías|quieres|quiere|te gustaría|crees|cree|sientes|sabes|necesitas|vas|va|fue|fuiste|hiciste|te parece|te sientes|estarías|serías)(?!\p{L})/iu,
  },
  'pt-BR': {
    asks: /(^|[\s,(])(o que|que|como|qual|quais|onde|aonde|quando|quem|quanto|quanta|quantos|quantas|por que|por quê|pra que|para que)(?=[\s,?]|$)/iu,
    closed:
      /^((você|vc)\s+(tem|está|é|acha|pode|poderia|quer|gostaria|sente|sabe|precisa|vai|foi|teve|consegue|conseguiu)|tem|está|existe|há|pode|poderia|é|foi|seria|daria)(?!\p{L})/iu,
  },
  ja: {
    asks: /(何|なに|なん|どう|どの|どれ|どこ|どちら|どっち|どんな|いつ|誰|だれ|なぜ|どうして|いくつ|いくら|どれくらい|どのくらい|どのように)/u,
    closed: /(か|かな|ですか|ますか|ましたか|でしたか)[？?]?\s*$/u,
  },
};

/** True when `text` is an open question in `language`: it asks with a question word and does not start as a yes/no one. */
export function isOpenQuestion(text: string, language: Language): boolean {
  const grammar = GRAMMAR[language];
  const trimmed = text.trim();
  return grammar.asks.test(trimmed) && !(language !== 'ja' && grammar.closed.test(trimmed));
}

/** True when `text` reads as a yes/no question in `language` (a hint for the user's own questions). */
export function readsClosed(text: string, language: Language): boolean {
  const grammar = GRAMMAR[language];
  const trimmed = text.trim();
  if (language === 'ja') return grammar.closed.test(trimmed) && !grammar.asks.test(trimmed);
  // Spanish and Portuguese ask yes/no questions with a plain verb; a question word anywhere makes them open.
  if (language === 'es' || language === 'pt-BR') return grammar.closed.test(trimmed) && !grammar.asks.test(trimmed);
  return grammar.closed.test(trimmed);
}
