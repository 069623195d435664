import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { i18n } from '#i18n';

const CATALOGUE = 'components/locales/en.yml';

describe('the interface text catalogue (components/locales/en.yml)', () => {
  it('gives every message a name the browser accepts, and some text', async () => {
    const messages = generateChromeMessages(await parseMessagesFile(CATALOGUE)) as Record<string, { message: string }>;
    const names = Object.keys(messages);
    expect(names.length).toBeGreaterThan(300);
    for (const name of names) {
      expect(name, name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(messages[name]!.message.trim(), name).not.toBe('');
      // Plural forms are "0 | 1 | n" at most; a stray " | " in a sentence would be read as one.
      expect(messages[name]!.message.split(' | ').length, name).toBeLessThanOrEqual(3);
    }
  });

  it('is what the code reads: named values and counts are filled in', () => {
    expect(i18n.t('warning.titleOne', { name: 'Sam Rivera' })).toBe('Cancel your 1:1 with Sam Rivera?');
    expect(i18n.t('warning.cancelled', 0, { first: 'Sam' })).toBe('None of your 1:1s with Sam was cancelled in the last 90 days.');
    expect(i18n.t('warning.cancelled', 1, { first: 'Sam' })).toBe('1 of your 1:1s with Sam was cancelled in the last 90 days.');
    expect(i18n.t('warning.cancelled', 3, { first: 'Sam' })).toBe('3 of your 1:1s with Sam were cancelled in the last 90 days.');
    // A name from the calendar never becomes a placeholder of ours.
    expect(i18n.t('warning.titleOne', { name: '{name} $1' })).toBe('Cancel your 1:1 with {name} $1?');
  });
});
