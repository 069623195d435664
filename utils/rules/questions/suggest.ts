/**
 * Which questions to offer in a meeting: a few of the focus due, balanced
 * across kinds, none asked recently, and one wrap-up question last. The seed
 * (the meeting's id) makes the list stable across reloads and different from
 * one meeting to the next.
 */
import type { Focus } from '../cadence';
import { BUILT_IN_QUESTIONS, type Question, type QuestionKind } from './bank';

export interface SuggestOptions {
  focus: Focus;
  /** Ids asked in the last meetings with this person: never offered again. */
  askedRecently?: Iterable<string>;
  seed: string;
  /** How many questions before the wrap-up question. */
  count?: number;
  /** No held 1:1 with this person yet: first-meeting questions instead. */
  firstMeeting?: boolean;
  /** The last meeting prepared a difficult conversation: one follow-up question first. */
  difficultFollowUp?: boolean;
  /** The bank to pick from (the user's own, edited, hidden…); the built-in bank by default. */
  bank?: readonly Question[];
  /** Ids to leave out (already on screen, swapped away). */
  exclude?: Iterable<string>;
}

const BALANCE: readonly QuestionKind[] = ['check-in', 'growth', 'trust'];

/** `count` questions, then exactly one wrap-up question last (when the bank has one that is not excluded). */
export function suggestQuestions({
  focus,
  askedRecently = [],
  seed,
  count = 4,
  firstMeeting = false,
  difficultFollowUp = false,
  bank = BUILT_IN_QUESTIONS,
  exclude = [],
}: SuggestOptions): Question[] {
  const skip = new Set([...askedRecently, ...exclude]);
  const random = seeded(seed);
  const open = bank.filter((question) => !skip.has(question.id));
  const ofKind = (kind: QuestionKind) =>
    shuffle(
      open.filter((question) => question.kind === kind),
      random,
    );

  const chosen: Question[] = [];
  if (difficultFollowUp) chosen.push(...ofKind('difficult-follow-up').slice(0, 1));
  if (firstMeeting) {
    chosen.push(...ofKind('first-meeting').slice(0, count - chosen.length));
  } else {
    // Mostly the focus due; questions for any focus fill in when the focus runs dry.
    const pools = BALANCE.map((kind) => {
      const candidates = shuffle(
        open.filter((question) => question.kind === kind && question.focus === focus),
        random,
      );
      const fallback = shuffle(
        open.filter((question) => question.kind === kind && question.focus === 'any'),
        random,
      );
      return [...candidates, ...fallback];
    });
    const start = Math.floor(random() * BALANCE.length);
    for (let turn = 0; chosen.length < count && pools.some((pool) => pool.length > 0); turn++) {
      const next = pools[(start + turn) % pools.length]!.shift();
      if (next) chosen.push(next);
    }
  }
  const wrapUp = ofKind('wrap-up')[0];
  return wrapUp ? [...chosen.slice(0, count), wrapUp] : chosen.slice(0, count);
}

/** One more question to take the place of `replaced` in the list on screen. */
export function swapQuestion(options: SuggestOptions & { onScreen: readonly Question[]; replaced: Question }): Question | undefined {
  const exclude = [...(options.exclude ?? []), ...options.onScreen.map((question) => question.id)];
  const random = seeded(`${options.seed}:${options.replaced.id}:${exclude.length}`);
  const skip = new Set([...(options.askedRecently ?? []), ...exclude]);
  const sameKind =
    options.bank?.filter((question) => question.kind === options.replaced.kind) ??
    BUILT_IN_QUESTIONS.filter((question) => question.kind === options.replaced.kind);
  const candidates = sameKind.filter((question) => !skip.has(question.id));
  const preferred = candidates.filter((question) => question.focus === options.replaced.focus);
  const pool = preferred.length > 0 ? preferred : candidates;
  return pool[Math.floor(random() * pool.length)];
}

/** A small seeded generator (mulberry32 over a string hash): same seed, same sequence. */
export function seeded(seed: string): () => number {
  let hash = 1779033703 ^ seed.length;
  for (let index = 0; index < seed.length; index++) {
    hash = Math.imul(hash ^ seed.charCodeAt(index), 3432918353);
    hash = (hash << 13) | (hash >>> 19);
  }
  let state = hash >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
