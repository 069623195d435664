/** The data layer throws codes; the pages say them in the user's words (utils/db/errors.ts). */
import { describe, expect, it } from 'vitest';
import { LockedError, MeetingGoneError, PausedError, UnopenedError } from '@/utils/db/errors';
import { errorText } from '@/components/shared/error-text';

describe('errors from the data layer', () => {
  it('carry a code, not a sentence, and the page translates each', () => {
    for (const error of [new LockedError(), new UnopenedError(), new PausedError(), new MeetingGoneError()]) {
      expect(error.message).toMatch(/^data: [a-z-]+$/);
      expect(errorText(error)).not.toBe(error.message);
      expect(errorText(error).length).toBeGreaterThan(20);
    }
    expect(errorText(new LockedError())).toBe('Your notes are locked. Unlock them with your passphrase first.');
    expect(errorText(new Error('Quota exceeded'))).toBe('Quota exceeded');
  });
});
