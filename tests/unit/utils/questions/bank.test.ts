import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS, QUESTION_KINDS } from '@/utils/rules/questions/bank';

describe('the built-in question bank', () => {
  it('has at least 80 questions with unique, stable-looking ids', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    const ids = BUILT_IN_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('has at least 10 questions for each focus, and 5 wrap-ups that ask for feedback on the manager', () => {
    for (const focus of ['present', 'near-future', 'horizon'] as const) {
      expect(BUILT_IN_QUESTIONS.filter((question) => question.focus === focus).length, focus).toBeGreaterThanOrEqual(10);
    }
    const wrapUps = BUILT_IN_QUESTIONS.filter((question) => question.kind === 'wrap-up');
    expect(wrapUps.length).toBeGreaterThanOrEqual(5);
    for (const question of wrapUps) expect(question.text, question.id).toMatch(/\b(I|me|my|mine|these 1:1s|this meeting)\b/);
  });

  it('asks only open questions', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      expect(question.text, question.id).toMatch(/\?$/);
      expect(question.text, question.id).not.toMatch(
        /^(Is|Are|Do|Does|Did|Can|Could|Would|Will|Have|Has|Had|Should|Shall|Was|Were|May|Might)\b/,
      );
      expect(question.text, question.id).toMatch(/^(What|How|Where|Which|When|Who|Whose|Why|If|On what|Looking)\b/);
    }
  });

  it('uses only known kinds, and stays about the person rather than tickets', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      expect(QUESTION_KINDS).toContain(question.kind);
      expect(question.text, question.id).not.toMatch(/\b(ticket|jira|sprint|status|deadline|velocity)\b/i);
    }
  });
});
