import { describe, expect, it } from 'vitest';
import { buildRecap } from '@/utils/rules/recap';
import type { Commitment, Meeting } from '@/utils/db/records';
import { recapOf } from '@/components/person/recap-of';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { voiceOf, type Messages } from '@/utils/rules/voice';
import { dateLocaleOf } from '@/utils/rules/dates';
import { BUILT_IN_QUESTIONS } from '@/utils/rules/questions/bank';
import { bankEntries } from '@/utils/rules/questions/user-bank';

const meeting: Meeting = {
  id: 'm',
  personId: 'p',
  eventKey: 'k',
  seriesKey: 's',
  title: 'Alex / Sam 1:1',
  start: '2026-03-12T09:00:00.000Z',
  status: 'scheduled',
  notes: 'PRIVATE: seems close to burnout, mentioned a family illness.',
  shared: 'Agreed: Sam leads the billing design review.\nNext: draft by Friday.',
  version: 3,
  asked: [],
  feedbackAsked: true,
  topics: [{ id: 't', text: 'SECRET TOPIC: salary', done: false }],
  difficult: { example: 'PREP: interrupted Priya', behaviour: 'PREP behaviour', questions: 'PREP questions', followUp: '2026-03-19' },
  createdAt: '',
  updatedAt: '',
};
const commitment = (text: string, owner: 'me' | 'them', due?: string): Commitment => ({
  id: text,
  personId: 'p',
  meetingId: 'm',
  text,
  owner,
  ...(due ? { due } : {}),
  status: 'open',
  createdAt: '',
  updatedAt: '',
});

describe('the recap', () => {
  const recap = recapOf({ name: 'Sam Rivera', emails: ['sam.rivera@northwind.example'] }, meeting, [
    commitment('Share the promotion criteria', 'me', '2026-03-13'),
    commitment('Draft the design doc', 'them', '2026-03-20'),
  ]);

  it("holds the shared notes and both sides' commitments with due dates", () => {
    expect(recap.markdown).toContain('Agreed: Sam leads the billing design review.');
    expect(recap.markdown).toContain('## I will\n\n- Share the promotion criteria (by Fri, 13 Mar)');
    expect(recap.markdown).toContain('## You will\n\n- Draft the design doc (by Fri, 20 Mar)');
    expect(recap.html).toContain('<li>Draft the design doc (by Fri, 20 Mar)</li>');
    expect(recap.mailto).toMatch(/^mailto:sam\.rivera%40northwind\.example\?subject=Our%201%3A1%20on%20Thu%2C%2012%20Mar%202026&body=/);
  });

  it('never lets anything private in', () => {
    for (const text of [recap.markdown, recap.html, decodeURIComponent(recap.mailto), recap.subject]) {
      expect(text).not.toMatch(/PRIVATE|burnout|family|SECRET|salary|PREP|interrupted/);
    }
  });

  it('escapes what it puts in HTML', () => {
    const hostile = buildRecap({ personName: 'Sam', meetingStart: '2026-03-12', shared: '<img src=x onerror=alert(1)>', commitments: [] });
    expect(hostile.html).not.toContain('<img');
    expect(hostile.html).toContain('&lt;img');
  });
});

describe('in the person’s own language (Person.language)', async () => {
  const spanish = voiceOf(
    'es',
    generateChromeMessages(await parseMessagesFile('components/locales/es.yml')) as Messages,
    await dateLocaleOf('es'),
  );

  it('writes the recap in it, dates included, and nothing private', () => {
    const recap = recapOf(
      { name: 'Sam Rivera', emails: ['sam.rivera@northwind.example'] },
      meeting,
      [commitment('Compartir los criterios de promoción', 'me', '2026-03-13'), commitment('Redactar el documento de diseño', 'them')],
      spanish,
    );
    expect(recap.subject).toBe('Nuestro 1:1 del jue, 12 mar 2026');
    expect(recap.markdown).toMatch(/^Hola, Sam:\n\nEsto es lo que anotamos en nuestro 1:1 del jue, 12 mar 2026\./);
    expect(recap.markdown).toContain('## Yo haré\n\n- Compartir los criterios de promoción (antes del vie, 13 mar)');
    expect(recap.markdown).toContain('## Tú harás\n\n- Redactar el documento de diseño');
    expect(recap.markdown).not.toMatch(/PRIVATE|SECRET|PREP|I will|You will/);
  });

  it('asks the built-in questions in it; the user’s own words stay as written', () => {
    const entries = bankEntries(
      [
        {
          id: 'present-energy',
          text: 'How are you, really?',
          kind: 'check-in',
          focus: 'present',
          source: 'built-in',
          hidden: false,
          updatedAt: '',
        },
        { id: 'custom-1', text: 'What did you ship?', kind: 'check-in', focus: 'present', source: 'custom', hidden: false, updatedAt: '' },
      ],
      spanish.t,
    );
    const byId = new Map(entries.map((entry) => [entry.id, entry.text]));
    expect(byId.get('present-on-your-mind')).toBe('¿Qué te ronda por la cabeza esta semana?');
    expect(byId.get('present-energy')).toBe('How are you, really?');
    expect(byId.get('custom-1')).toBe('What did you ship?');
    expect(entries.filter((entry) => entry.builtIn)).toHaveLength(BUILT_IN_QUESTIONS.length);
    // The interface's own bank is untouched.
    expect(BUILT_IN_QUESTIONS[0]!.text).toBe('What is on your mind this week?');
  });
});
