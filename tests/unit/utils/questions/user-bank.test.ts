import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanionDatabase } from '@/utils/db/database';
import {
  addQuestion,
  closedQuestionHint,
  deleteQuestion,
  editQuestion,
  moveQuestion,
  resetQuestion,
  setHidden,
} from '@/utils/db/questions';
import { BUILT_IN_QUESTIONS } from '@/utils/rules/questions/bank';
import { bankEntries, effectiveBank } from '@/utils/rules/questions/user-bank';

let db: CompanionDatabase;
let counter = 0;
beforeEach(() => {
  db = new CompanionDatabase(`bank-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const entries = async () => bankEntries(await db.questions.toArray());
const entry = async (id: string) => (await entries()).find((item) => item.id === id)!;

describe("the user's question bank", () => {
  it('is the built-in bank until the user changes it', async () => {
    expect(effectiveBank([])).toEqual(BUILT_IN_QUESTIONS);
  });

  it('edits a built-in question and can always go back to the built-in text', async () => {
    await editQuestion(db, await entry('present-energy'), 'How is your energy, honestly?');
    expect((await entry('present-energy')).text).toBe('How is your energy, honestly?');
    expect((await entry('present-energy')).originalText).toBe('How is your energy these days, and what is draining or feeding it?');
    await resetQuestion(db, await entry('present-energy'));
    expect((await entry('present-energy')).text).toBe('How is your energy these days, and what is draining or feeding it?');
    expect((await entry('present-energy')).originalText).toBeUndefined();
  });

  it('hides and restores a question, built-in or not, without losing an edit', async () => {
    await editQuestion(db, await entry('present-learned'), 'What did you learn this week?');
    await setHidden(db, await entry('present-learned'), true);
    expect(effectiveBank(await db.questions.toArray()).map((question) => question.id)).not.toContain('present-learned');
    await setHidden(db, await entry('present-learned'), false);
    expect((await entry('present-learned')).text).toBe('What did you learn this week?');
  });

  it("adds the user's own question with a clear message for bad input", async () => {
    expect(await addQuestion(db, { text: '   ', kind: 'check-in', focus: 'present' }, await entries())).toEqual({
      ok: false,
      error: 'Write the question first.',
    });
    expect((await addQuestion(db, { text: 'x', kind: 'gossip', focus: 'present' }, await entries())).ok).toBe(false);
    expect(await addQuestion(db, { text: 'What made you laugh this week?', kind: 'check-in', focus: 'present' }, await entries())).toEqual({
      ok: true,
    });
    const mine = (await entries()).find((item) => !item.builtIn)!;
    expect(mine).toMatchObject({ text: 'What made you laugh this week?', kind: 'check-in', focus: 'present' });
    await deleteQuestion(db, mine);
    expect((await entries()).some((item) => !item.builtIn)).toBe(false);
  });

  it('never deletes a built-in question', async () => {
    await deleteQuestion(db, await entry('present-energy'));
    expect((await entries()).length).toBe(BUILT_IN_QUESTIONS.length);
  });

  it('reorders within a focus', async () => {
    const presentIds = (list: { id: string; focus: string }[]) => list.filter((item) => item.focus === 'present').map((item) => item.id);
    const before = presentIds(await entries());
    await moveQuestion(db, await entries(), before[1]!, -1);
    const after = presentIds(await entries());
    expect(after.slice(0, 2)).toEqual([before[1], before[0]]);
    expect(after.slice(2)).toEqual(before.slice(2));
    expect(presentIds(effectiveBank(await db.questions.toArray()))).toEqual(after);
  });

  it('hints when a question invites a yes or a no', () => {
    expect(closedQuestionHint('Are you happy?')).toMatch(/yes\/no/);
    expect(closedQuestionHint('What makes you happy?')).toBeUndefined();
  });
});
