/**
 * Every language complete, and every question open in its own grammar (issue 24): the same
 * keys as English, the same named values and counts, the manifest's name and description
 * within the stores' limits, and each question bank asked with question words, never as a
 * yes/no question by that language's patterns (utils/rules/questions/open-questions.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStoreListings } from '../../wxt.config';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { LANGUAGES, catalogueFolder, type Language } from '@/utils/rules/languages';
import { isOpenQuestion, readsClosed } from '@/utils/rules/questions/open-questions';
import { BUILT_IN_QUESTIONS, builtInTextIn } from '@/utils/rules/questions/bank';
import { voiceOf, type Messages } from '@/utils/rules/voice';
import { enGB } from 'date-fns/locale/en-GB';

const fileOf = (language: Language) => `components/locales/${catalogueFolder(language)}.yml`;
const load = async (language: Language) =>
  generateChromeMessages(await parseMessagesFile(fileOf(language))) as Record<string, { message: string }>;
const named = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();
const counted = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

const english = await load('en');
const catalogues = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, await load(language)] as const)),
) as Record<Language, Record<string, { message: string }>>;

describe('the languages', () => {
  it('are exactly the catalogues in components/locales', () => {
    const files = readdirSync('components/locales').filter((file) => file.endsWith('.yml'));
    expect(files.sort()).toEqual(LANGUAGES.map((language) => `${catalogueFolder(language)}.yml`).sort());
  });

  for (const language of LANGUAGES.filter((language) => language !== 'en')) {
    describe(language, () => {
      const messages = catalogues[language];
      it('has every key of English and no other', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it('keeps every named value and count, and no message is empty or has more than three forms', () => {
        for (const [name, { message }] of Object.entries(english)) {
          const theirs = messages[name]?.message ?? '';
          expect(theirs.trim(), name).not.toBe('');
          expect(named(theirs), name).toEqual(named(message));
          expect(counted(theirs), name).toEqual(counted(message));
          expect(theirs.split(' | ').length, name).toBeLessThanOrEqual(3);
        }
      });

      it('is written in its own words, not left in English', () => {
        const same = Object.keys(english).filter((name) => !name.startsWith('@@') && messages[name]?.message === english[name]!.message);
        // Brand and product names (1:1 Companion, Google Meet, Teams, MB…) stay as they are.
        expect(same.length, same.join(', ')).toBeLessThan(20);
        expect(messages.language_code?.message).toBe(language);
      });
    });
  }

  for (const language of LANGUAGES) {
    it(`${language}: the name and description fit the stores (45 and 132 characters)`, () => {
      const messages = catalogues[language];
      expect(messages.extension_name!.message.length).toBeLessThanOrEqual(45);
      expect(messages.extension_description!.message.length).toBeLessThanOrEqual(132);
    });

    it(`${language}: every built-in question is open by the language's own patterns`, () => {
      const voice = voiceOf(language, catalogues[language] as Messages, enGB);
      const texts = BUILT_IN_QUESTIONS.map((question) => [question.id, builtInTextIn(voice.t, question.id) ?? ''] as const);
      expect(texts).toHaveLength(90);
      const closed = texts.filter(([, text]) => !isOpenQuestion(text, language));
      expect(closed).toEqual([]);
      // Each one a question in its script's own mark.
      for (const [id, text] of texts) expect(text, id).toMatch(language === 'ja' ? /[？?]$/ : /\?$/);
    });
  }
});

describe('the store listings in the zip (wxt.config.ts)', () => {
  it('are written for every language: name, summary and the long description, in that language', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'listing-'));
    for (const language of LANGUAGES) {
      mkdirSync(join(outDir, '_locales', catalogueFolder(language)), { recursive: true });
      writeFileSync(join(outDir, '_locales', catalogueFolder(language), 'messages.json'), JSON.stringify(catalogues[language]));
    }
    const written = await writeStoreListings(outDir);
    expect(written.sort()).toEqual(LANGUAGES.map((language) => `${catalogueFolder(language)}.txt`).sort());
    for (const language of LANGUAGES) {
      const text = readFileSync(join(outDir, 'store-listing', `${catalogueFolder(language)}.txt`), 'utf8');
      const messages = catalogues[language];
      expect(text).toContain(`Name: ${messages.extension_name!.message}\nSummary: ${messages.extension_description!.message}`);
      expect(text).toContain(messages.store_listing!.message);
      expect(messages.store_listing!.message.length, language).toBeGreaterThan(400);
    }
  });
});

describe('closed questions by each language’s patterns', () => {
  const cases: [Language, string, boolean][] = [
    ['en', 'Are you happy with the team?', true],
    ['en', 'What makes you happy here?', false],
    ['de', 'Bist du zufrieden mit dem Team?', true],
    ['de', 'Gibt es etwas, das dich stört?', true],
    ['de', 'Was stört dich gerade?', false],
    ['de', 'Mit wem arbeitest du am liebsten?', false],
    ['fr', 'Est-ce que tu es satisfait de l’équipe ?', true],
    ['fr', 'As-tu besoin d’aide ?', true],
    ['fr', 'Qu’est-ce qui te motive ?', false],
    ['fr', 'Comment te sens-tu cette semaine ?', false],
    ['es', '¿Estás contento con el equipo?', true],
    ['es', '¿Hay algo que te preocupe?', true],
    ['es', '¿Qué te preocupa esta semana?', false],
    ['pt-BR', 'Você está feliz com o time?', true],
    ['pt-BR', 'Tem algo te incomodando?', true],
    ['pt-BR', 'O que está te incomodando?', false],
    ['ja', 'チームに満足していますか？', true],
    ['ja', '困っていることはありますか？', true],
    ['ja', '今週、何が気になっていますか？', false],
  ];
  for (const [language, text, closed] of cases) {
    it(`${language}: “${text}” ${closed ? 'reads closed' : 'is open'}`, () => {
      expect(readsClosed(text, language)).toBe(closed);
      expect(isOpenQuestion(text, language)).toBe(!closed);
    });
  }
});
