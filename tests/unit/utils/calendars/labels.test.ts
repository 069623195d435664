import { describe, expect, it } from 'vitest';
import { MONTHS, ORGANIZER_WORDS, DOES_NOT_REPEAT } from '@/utils/sites/calendars/labels';

describe('the language tables the adapters fall back on', () => {
  it('has the browser’s month names, the words the calendars write', () => {
    expect(MONTHS).toEqual({
      en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
      de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
      es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
      it: [
        'gennaio',
        'febbraio',
        'marzo',
        'aprile',
        'maggio',
        'giugno',
        'luglio',
        'agosto',
        'settembre',
        'ottobre',
        'novembre',
        'dicembre',
      ],
      nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    });
  });

  it('has a row in every language of every table, all lower-case', () => {
    for (const table of [ORGANIZER_WORDS, DOES_NOT_REPEAT]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(MONTHS).sort());
      for (const words of Object.values(table)) {
        expect(words.length).toBeGreaterThan(0);
        for (const word of words) expect(word).toBe(word.toLowerCase());
      }
    }
  });
});
