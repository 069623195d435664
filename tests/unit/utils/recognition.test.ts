import { afterAll, describe, expect, it } from 'vitest';
import { recognizeOneOnOne } from '@/utils/rules/recognition';
import { CASES, eventOf } from './recognition-cases';

const SELF = { selfEmails: ['alex.kim@northwind.example'] };

describe('recognizeOneOnOne on the labelled table', () => {
  const outcomes = CASES.map((testCase) => ({ testCase, result: recognizeOneOnOne(eventOf(testCase), SELF) }));

  afterAll(() => {
    const truePositives = outcomes.filter(({ testCase, result }) => testCase.oneOnOne && result.isOneOnOne).length;
    const falsePositives = outcomes.filter(({ testCase, result }) => !testCase.oneOnOne && result.isOneOnOne);
    const falseNegatives = outcomes.filter(({ testCase, result }) => testCase.oneOnOne && !result.isOneOnOne);
    const precision = truePositives / (truePositives + falsePositives.length);
    const recall = truePositives / (truePositives + falseNegatives.length);
    console.log(
      [
        `recognition: ${CASES.length} cases, precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`,
        ...falsePositives.map(({ testCase, result }) => `  false positive: "${testCase.title}" (${result.reasons.join('; ')})`),
        ...falseNegatives.map(({ testCase, result }) => `  false negative: "${testCase.title}" (${result.reasons.join('; ')})`),
      ].join('\n'),
    );
  });

  it('has at least 150 labelled cases, both kinds well represented', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(CASES.filter((testCase) => testCase.oneOnOne).length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((testCase) => !testCase.oneOnOne).length).toBeGreaterThanOrEqual(60);
  });

  it('keeps precision and recall above their floors', () => {
    const correct = (wanted: boolean) =>
      outcomes.filter(({ testCase, result }) => testCase.oneOnOne === wanted && result.isOneOnOne === wanted).length;
    const predictedYes = outcomes.filter(({ result }) => result.isOneOnOne).length;
    const actualYes = CASES.filter((testCase) => testCase.oneOnOne).length;
    expect(correct(true) / predictedYes).toBeGreaterThanOrEqual(0.95);
    expect(correct(true) / actualYes).toBeGreaterThanOrEqual(0.95);
  });

  it('answers with a confidence between 0 and 1 and at least one reason', () => {
    for (const { result } of outcomes) {
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(result.reasons.length).toBeGreaterThan(0);
    }
  });
});

describe('recognizeOneOnOne, one thing at a time', () => {
  const me = { name: 'Alex Kim', email: 'alex.kim@northwind.example', self: true };
  const sam = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };

  it('names the one other human as the counterpart', () => {
    const result = recognizeOneOnOne({
      title: 'Weekly',
      recurring: true,
      attendees: [me, sam, { name: 'Room', email: 'r@resource.calendar.google.com', resource: true }],
    });
    expect(result).toMatchObject({ isOneOnOne: true, counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' } });
  });

  it('tells the user apart by their addresses when the page does not mark them', () => {
    const result = recognizeOneOnOne({ title: '1:1', attendees: [{ ...me, self: false }, sam] }, SELF);
    expect(result.counterpart?.email).toBe('sam.rivera@northwind.example');
  });

  it('assumes the user organised a two-person 1:1 when nothing else tells them apart', () => {
    const result = recognizeOneOnOne({ title: '1:1', attendees: [{ name: 'Alex Kim', email: 'a@x.example', organizer: true }, sam] });
    expect(result.counterpart?.email).toBe('sam.rivera@northwind.example');
  });

  it('reads the counterpart from the title when there is no guest list', () => {
    expect(recognizeOneOnOne({ title: '1:1 Alex / Sam' }, SELF).counterpart).toEqual({ name: 'Sam' });
    expect(recognizeOneOnOne({ title: 'Sam <> Alex' }, SELF).counterpart).toEqual({ name: 'Sam' });
    expect(recognizeOneOnOne({ title: 'Weekly 1:1 - Priya Natarajan' }).counterpart).toEqual({ name: 'Priya Natarajan' });
    expect(recognizeOneOnOne({ title: '1-1 with Jordan' }).counterpart).toEqual({ name: 'Jordan' });
  });

  it('lets the user override recognition for a series, either way', () => {
    const team = { title: 'Platform team weekly', attendees: [me, sam, { name: 'Kim', email: 'kim@northwind.example' }] };
    expect(recognizeOneOnOne(team, { override: false }).isOneOnOne).toBe(false);
    expect(recognizeOneOnOne({ title: 'Weekly 1:1', attendees: [me, sam] }, { override: false })).toMatchObject({
      isOneOnOne: false,
      confidence: 1,
    });
    expect(recognizeOneOnOne({ title: 'Project Atlas', attendees: [me, sam] }, { override: true })).toMatchObject({
      isOneOnOne: true,
      counterpart: { email: 'sam.rivera@northwind.example' },
    });
  });

  it('reads a popover that shows its guest count before its guest rows by the title, not as "nobody else"', () => {
    // Google Calendar 2026: "2 guests" arrives with the title; the rows a moment later.
    expect(recognizeOneOnOne({ title: 'Alex / Sam 1:1', guestCount: 2, attendees: [] }, SELF)).toMatchObject({
      isOneOnOne: true,
      counterpart: { name: 'Sam' },
    });
    expect(recognizeOneOnOne({ title: 'Platform team weekly', guestCount: 9, attendees: [] }, SELF).isOneOnOne).toBe(false);
    // Once the rows are read, a list with nobody but the user is what it says.
    expect(recognizeOneOnOne({ title: 'Focus 1:1 prep', guestCount: 1, attendees: [me] }, SELF).reasons).toContain('nobody-else');
  });

  it('stays quick on a hostile, enormous title', () => {
    const started = performance.now();
    const result = recognizeOneOnOne({ title: `1:1 ${'a / b <> '.repeat(20000)}` });
    expect(result.isOneOnOne).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts dates as strings or Dates and ignores them for the verdict', () => {
    const result = recognizeOneOnOne({ title: '1:1', start: '2026-03-05T09:00:00Z', end: new Date('2026-03-05T09:30:00Z') });
    expect(result.isOneOnOne).toBe(true);
  });
});
