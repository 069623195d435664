import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS } from '@/utils/rules/questions/bank';
import { suggestQuestions, swapQuestion } from '@/utils/rules/questions/suggest';
import type { Focus } from '@/utils/rules/cadence';

const ids = (list: { id: string }[]) => list.map((question) => question.id);

describe('suggestQuestions', () => {
  it.each(['present', 'near-future', 'horizon'] as Focus[])('offers %s questions, balanced across kinds, and a wrap-up last', (focus) => {
    const list = suggestQuestions({ focus, seed: 'meeting-1' });
    expect(list).toHaveLength(5);
    expect(list.at(-1)?.kind).toBe('wrap-up');
    const body = list.slice(0, -1);
    expect(body.every((question) => question.kind !== 'wrap-up')).toBe(true);
    expect(body.filter((question) => question.focus === focus).length).toBeGreaterThanOrEqual(3);
    const kinds = new Set(body.map((question) => question.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(2);
  });

  it('never repeats a question asked recently', () => {
    const asked = ids(suggestQuestions({ focus: 'present', seed: 'a' }));
    for (let meeting = 0; meeting < 20; meeting++) {
      const list = suggestQuestions({ focus: 'present', seed: `m${meeting}`, askedRecently: asked });
      for (const question of list) expect(asked).not.toContain(question.id);
    }
  });

  it('gives the same list for the same meeting, and varies across meetings', () => {
    expect(ids(suggestQuestions({ focus: 'present', seed: 'same' }))).toEqual(ids(suggestQuestions({ focus: 'present', seed: 'same' })));
    const lists = new Set(
      Array.from({ length: 20 }, (_, index) => ids(suggestQuestions({ focus: 'present', seed: `seed-${index}` })).join()),
    );
    expect(lists.size).toBeGreaterThanOrEqual(15);
    const firsts = new Set(Array.from({ length: 40 }, (_, index) => suggestQuestions({ focus: 'horizon', seed: `s${index}` })[0]?.id));
    expect(firsts.size).toBeGreaterThanOrEqual(6);
  });

  it('honours count', () => {
    expect(suggestQuestions({ focus: 'near-future', seed: 'x', count: 2 })).toHaveLength(3);
    expect(suggestQuestions({ focus: 'near-future', seed: 'x', count: 6 })).toHaveLength(7);
  });

  it('opens a first meeting with first-meeting questions', () => {
    const list = suggestQuestions({ focus: 'present', seed: 'first', firstMeeting: true });
    expect(list.slice(0, -1).every((question) => question.kind === 'first-meeting')).toBe(true);
    expect(list.at(-1)?.kind).toBe('wrap-up');
  });

  it('starts with a follow-up after a difficult conversation', () => {
    expect(suggestQuestions({ focus: 'present', seed: 'd', difficultFollowUp: true })[0]?.kind).toBe('difficult-follow-up');
  });

  it('returns fewer rather than repeat when the bank runs dry', () => {
    const asked = BUILT_IN_QUESTIONS.filter((question) => question.focus === 'horizon' || question.kind === 'wrap-up').map(
      (question) => question.id,
    );
    const list = suggestQuestions({ focus: 'horizon', seed: 'dry', askedRecently: asked });
    for (const question of list) expect(asked).not.toContain(question.id);
  });

  it('uses the bank it is given', () => {
    const bank = [
      { id: 'mine-1', text: 'What made you smile this week?', kind: 'check-in' as const, focus: 'present' as const },
      { id: 'mine-wrap', text: 'What should I change?', kind: 'wrap-up' as const, focus: 'any' as const },
    ];
    expect(ids(suggestQuestions({ focus: 'present', seed: 'x', bank }))).toEqual(['mine-1', 'mine-wrap']);
  });
});

describe('swapQuestion', () => {
  it('offers another question of the same kind that is not on screen or asked recently', () => {
    const onScreen = suggestQuestions({ focus: 'present', seed: 'swap' });
    const replaced = onScreen[0]!;
    const next = swapQuestion({ focus: 'present', seed: 'swap', onScreen, replaced, askedRecently: ['present-energy'] });
    expect(next).toBeDefined();
    expect(next!.kind).toBe(replaced.kind);
    expect(ids(onScreen)).not.toContain(next!.id);
    expect(next!.id).not.toBe('present-energy');
  });
});
