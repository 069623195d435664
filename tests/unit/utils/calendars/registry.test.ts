import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, CALENDAR_MATCHES } from '@/utils/sites/calendars/registry';
import {
  ALL_DAY_WORDS,
  BY_WORDS,
  CONFIRM_WORDS,
  DELETE_WORDS,
  DOES_NOT_REPEAT,
  MONTHS,
  ORGANIZER_WORDS,
  STATUS_PREFIXES,
  isDeleteLabel,
  monthOfWord,
  nameAfterBy,
  saysAllDay,
  splitStatusPrefix,
} from '@/utils/sites/calendars/labels';
import { FIXTURES_DIR } from './fixtures';

describe('the adapter registry', () => {
  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s has committed fixtures, each with a golden file', (id) => {
    const dir = join(FIXTURES_DIR, id);
    expect(existsSync(dir), `tests/fixtures/${id}/ is missing`).toBe(true);
    const pages = readdirSync(dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages)
      expect(existsSync(join(dir, page.replace(/\.html$/, '.expected.json'))), `${page} has no golden file`).toBe(true);
  });

  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s has its own content script', (id) => {
    expect(existsSync(join(FIXTURES_DIR, `../../entrypoints/${id}.content.ts`)), `entrypoints/${id}.content.ts is missing`).toBe(true);
  });

  it('gives every host one adapter, and none to other sites', () => {
    const owners = (host: string) => ADAPTERS.filter((adapter) => adapter.hosts.includes(host)).map((adapter) => adapter.id);
    expect(owners('calendar.google.com')).toEqual(['google-calendar']);
    expect(owners('evil.example')).toEqual([]);
    // Each adapter's content script runs exactly on its own hosts.
    for (const adapter of ADAPTERS) expect(adapter.matches).toEqual(adapter.hosts.map((host) => `https://${host}/*`));
  });

  it('runs the content script only where an adapter reads', () => {
    expect(CALENDAR_MATCHES).toEqual(ADAPTERS.flatMap((adapter) => adapter.matches));
    for (const pattern of CALENDAR_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });
});

describe('the language tables', () => {
  it('has twelve months and the other rows for every language', () => {
    for (const [language, months] of Object.entries(MONTHS)) {
      expect(months, language).toHaveLength(12);
      expect(ORGANIZER_WORDS[language as keyof typeof ORGANIZER_WORDS], language).toBeDefined();
      for (const table of [DOES_NOT_REPEAT, BY_WORDS, ALL_DAY_WORDS, DELETE_WORDS, CONFIRM_WORDS])
        expect(table[language as keyof typeof table], language).toBeDefined();
      expect(STATUS_PREFIXES[language as keyof typeof STATUS_PREFIXES].cancelled.length, language).toBeGreaterThan(0);
      months.forEach((name, index) => expect(monthOfWord(name), `${language} ${name}`).toBe(index + 1));
    }
  });

  it('reads abbreviations and refuses ambiguous ones', () => {
    expect(monthOfWord('Sept.')).toBe(9);
    expect(monthOfWord('Mär')).toBe(3);
    expect(monthOfWord('juil.')).toBe(7);
    expect(monthOfWord('ju')).toBeNull();
    expect(monthOfWord('Thursday')).toBeNull();
  });
});

describe('Outlook words', () => {
  it('splits the state prefix off a subject, in any language', () => {
    expect(splitStatusPrefix('Canceled: Alex / Sam 1:1')).toEqual({ title: 'Alex / Sam 1:1', status: 'cancelled' });
    expect(splitStatusPrefix('Abgelehnt: Jour fixe')).toEqual({ title: 'Jour fixe', status: 'declined' });
    expect(splitStatusPrefix('Annulé : Point hebdo')).toEqual({ title: 'Point hebdo', status: 'cancelled' });
    expect(splitStatusPrefix('Cancellation policy review')).toEqual({ title: 'Cancellation policy review' });
  });

  it('reads the organiser, all-day marks and delete controls', () => {
    expect(nameAfterBy('By Alex Kim')).toBe('Alex Kim');
    expect(nameAfterBy('Von Alex Kim')).toBe('Alex Kim');
    expect(nameAfterBy('Busy')).toBeUndefined();
    expect(saysAllDay('Ganztägig')).toBe(true);
    expect(saysAllDay('10:00 AM')).toBe(false);
    expect(isDeleteLabel('Delete')).toBe(true);
    expect(isDeleteLabel('Cancel meeting')).toBe(true);
    expect(isDeleteLabel('Löschen')).toBe(true);
    expect(isDeleteLabel('Delete my account forever')).toBe(false);
    expect(isDeleteLabel('Cancel')).toBe(false);
  });
});
