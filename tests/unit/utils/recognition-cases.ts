/**
 * The labelled table for recognition: what a person would say each event is.
 * Labels are the truth, not what the code happens to do: where the rule and
 * the truth disagree the case stays, and precision or recall pays for it.
 *
 * Shorthand: `who` is the invited people besides the user:
 *   undefined  → no guest list (a chip only; the title alone decides)
 *   n          → n colleagues at the user's company, plus the user
 *   'external' → one person at another company, plus the user
 *   'self'     → only the user
 */
import type { RecognitionEvent } from '@/utils/rules/recognition';

export interface Case {
  title: string;
  oneOnOne: boolean;
  who?: number | 'external' | 'self' | 'room';
  recurring?: boolean;
  allDay?: boolean;
  guestCount?: number;
}

const c = (title: string, oneOnOne: boolean, extra: Omit<Case, 'title' | 'oneOnOne'> = {}): Case => ({ title, oneOnOne, ...extra });

export const CASES: Case[] = [
  // The title says 1:1, in the many ways people write it.
  c('1:1 Alex / Sam', true),
  c('Sam 1:1', true),
  c('1-1 with Priya', true),
  c('Priya <> Alex', true),
  c('Alex x Jordan', true),
  c('1on1 Jordan', true),
  c('One-on-one: Maria', true),
  c('one to one - Tom', true),
  c('121 with Chris', true),
  c('1x1 Ana / Alex', true),
  c('Skip-level with Dana', true),
  c('Skip level: Ahmed', true),
  c('Mentoring session with Lee', true),
  c('Coaching - Nina', true),
  c('Einzelgespräch Jonas', true),
  c('Vier-Augen-Gespräch mit Lena', true),
  c('Tête-à-tête Camille', true),
  c('tete a tete with Hugo', true),
  c('Point individuel - Léa', true),
  c('1-op-1 Daan', true),
  c('één-op-één met Sanne', true),
  c('Uno a uno con Lucía', true),
  c('Reunión individual - Pablo', true),
  c('Um a um com João', true),
  c('Colloquio individuale con Giulia', true),
  c('田中さんとの1on1', true),
  c('1on1ミーティング（佐藤）', true),
  c('ワンオンワン 山田', true),
  c('一对一：王伟', true),
  c('원온원 - 지훈', true),
  c('Alex / Sam', true),
  c('Sam & Alex', true),
  c('Alex + Kim weekly', true),
  c('1:1', true),
  c('Weekly 1:1', true),
  c('1 on 1 - Oliver', true),
  c('ONE ON ONE', true),
  c('Sam/Alex 1:1', true),
  c('Jeden na jeden z Kasią', true),
  c('Встреча один на один', true),
  c('Birebir görüşme - Ayşe', true),
  c('Enskilt samtal med Erik', true),
  c('Bilat Alex / Chloé', true),
  c('Mentorship chat – Wei', true),
  c('1대1 미팅', true),
  c('1対1 面談 鈴木', true),
  c('Entretien individuel – Marc', true),
  c('1zu1 Paul', true),
  c('Alex ↔ Sam', true),
  c('1:1 (Alex/Sam) – moved', true),
  c('１：１ Sam', true),
  c('Alex — Sam 1–1', true),
  c('<img src=x onerror=alert(1)> 1:1', true),

  // Exactly one other person invited.
  c('Weekly sync', true, { who: 1, recurring: true }),
  c('Catch up', true, { who: 1 }),
  c('Coffee chat', true, { who: 1 }),
  c('Check-in', true, { who: 1, recurring: true }),
  c('Sam / Alex', true, { who: 1 }),
  c('Career conversation', true, { who: 1 }),
  c('Jour fixe', true, { who: 1, recurring: true }),
  c('Growth chat', true, { who: 1 }),
  c('Alex and Sam', true, { who: 1, recurring: true }),
  c('Feedback session', true, { who: 1 }),
  c('Dana', true, { who: 1, recurring: true }),
  c('Weekly', true, { who: 'room', recurring: true }),
  c('1:1', true, { who: 'room' }),
  c('Mentoring', true, { who: 'external' }),
  c('1:1 Alex / Sam', true, { who: 1, recurring: true }),
  c('Biweekly touch base', true, { who: 1, recurring: true }),
  c('Alex <> Sam | weekly', true, { who: 1 }),
  c('Einzelgespräch', true, { who: 1 }),
  c('Skip-level', true, { who: 1 }),
  c('Monthly catch-up', true, { who: 1, recurring: true }),
  c('Coffee with Sam', true, { who: 1 }),
  c('Abstimmung', true, { who: 1, recurring: true }),
  c('Seguimiento semanal', true, { who: 1, recurring: true }),
  c('Point hebdo', true, { who: 1, recurring: true }),
  c('Walk and talk', true, { who: 1 }),
  c('Sam <> Alex: career', true, { who: 1 }),
  c('Weekly chat', true, { who: 1, recurring: true }),
  c('Sync', true, { who: 1, recurring: true }),

  // Job interviews and screens, in several languages.
  c('Interview: Backend engineer – Sam', false),
  c('Phone screen - Jordan Lee', false),
  c('Tech screen (1:1 format)', false),
  c('Onsite interview loop', false, { who: 5 }),
  c('Vorstellungsgespräch Herr Müller', false),
  c('Bewerbungsgespräch – Frontend', false, { who: 1 }),
  c("Entretien d'embauche - Julie", false),
  c('Entrevista con candidato', false, { who: 1 }),
  c('Colloquio di lavoro - Marco', false),
  c('Sollicitatiegesprek Pieter', false),
  c('面接：山田様', false),
  c('面试 - 张伟', false),
  c('Candidate chat: Priya', false, { who: 'external' }),
  c('Hiring manager 1:1 with candidate', false, { who: 'external' }),
  c('Phone screen', false, { who: 'external' }),
  c('Recruiter call - Acme', false, { who: 'external' }),
  c('Interview debrief', false, { who: 4 }),
  c('Entrevista técnica', false),
  c('Anställningsintervju Karin', false),

  // Time to prepare, with nobody else.
  c('1:1 prep', false),
  c('Prep for 1:1 with Sam', false),
  c('Focus time', false, { who: 'self' }),
  c('1:1 prep', false, { who: 'self' }),
  c('Vorbereitung Einzelgespräch', false),
  c('Hold: 1:1 Sam', false),
  c('Prepare skip-level notes', false, { who: 'self' }),

  // All-day events.
  c('Team offsite', false, { allDay: true }),
  c('Sam OOO', false, { allDay: true, who: 1 }),
  c('1:1 with Sam', false, { allDay: true }),
  c('Alex / Sam', false, { allDay: true, who: 1 }),

  // Trainings and talks that mention 1:1s.
  c('Training: running great 1:1s', false),
  c('Workshop – effective one-on-ones', false, { who: 12 }),
  c('How to run 1:1s (lunch & learn)', false),
  c('1:1s best practices', false),
  c('Manager training: 1:1 skills', false, { who: 20 }),
  c('Schulung: Einzelgespräche führen', false),
  c('Formation entretiens individuels', false),
  c('Webinar: Coaching skills', false),
  c('Coaching training for managers', false, { who: 8 }),
  c('Mentoring program kickoff', false, { who: 12 }),
  c('Lunch & learn: mentoring', false),
  c('1:1s round-robin', false, { who: 5 }),

  // Version numbers and other lookalikes.
  c('Release 1.1 planning', false),
  c('v1.1 rollout', false),
  c('Sprint 1.1 review', false),
  c('Migrate to API 1.1', false),
  c('Version 2.1-1 hotfix', false),
  c('1/1 budget deadline', false),
  c('Meeting at 1:15', false),
  c('Room 121 booking', false),
  c('Design / Review', false),
  c('Frontend x Backend sync', false),
  c('Q&A', false),
  c('R&D weekly', false),
  c('Sales / Marketing alignment', false),
  c('EMEA / APAC handover', false),

  // Big meetings.
  c('Standup', false, { who: 6, recurring: true }),
  c('Platform team weekly', false, { who: 6, recurring: true }),
  c('Team 1:1 swap session', false, { who: 5 }),
  c('Engineering all-hands', false, { guestCount: 48, who: 4 }),
  c('Design review', false, { who: 3 }),
  c('Board meeting', false, { who: 8 }),
  c('Sprint planning', false, { who: 7, recurring: true }),
  c('Retro', false, { who: 5, recurring: true }),
  c('Offsite planning', false, { who: 4 }),
  c('All hands', false),
  c('Alex / Sam', false, { who: 2 }),
  c('Weekly sync', false, { who: 4, recurring: true }),
  c('1:1 Alex / Sam', false, { who: 2 }),

  // Calls with outside companies.
  c('Demo with Acme sales', false, { who: 'external' }),
  c('Contract renewal – Globex', false, { who: 'external' }),
  c('Intro call: Initech', false, { who: 'external' }),
  c('Vendor sync - Hooli', false, { who: 'external' }),
  c('Stripe support call', false, { who: 'external' }),
  c('Pricing discussion', false, { who: 'external' }),
  c('Kundentermin Müller GmbH', false, { who: 'external' }),
  c('Quick call', false, { who: 'external' }),
  c('Partnership discussion', false, { who: 'external' }),
  c('Invoice question', false),

  // Ordinary life and ordinary work.
  c('Dentist', false),
  c('Lunch', false),
  c('Pick up kids', false),
  c('Flight to Berlin', false),
  c('Pairing session', false, { who: 1 }),
  c('Project Atlas review', false, { who: 1, recurring: true }),
  c('Bug bash', false, { who: 1 }),
  c('Architecture deep dive', false, { who: 1 }),
  c('Lena', false),
  c('Catch up', false),
  c('Check-in', false),
  c('Dinner with Sam', false, { who: 1 }),
  c('Yoga', false),
  c('Offsite', false),
];

const COMPANY = 'northwind.example';

/** Turns a case's shorthand into the event recognition sees. */
export function eventOf(testCase: Case): RecognitionEvent {
  const event: RecognitionEvent = { title: testCase.title };
  if (testCase.recurring) event.recurring = true;
  if (testCase.allDay) event.allDay = true;
  if (testCase.guestCount) event.guestCount = testCase.guestCount;
  const me = { name: 'Alex Kim', email: `alex.kim@${COMPANY}`, self: true, organizer: true };
  const who = testCase.who;
  if (who === undefined) return event;
  if (who === 'self') event.attendees = [me];
  else if (who === 'external') event.attendees = [me, { name: 'Robin Vance', email: 'robin@acme-partners.example' }];
  else if (who === 'room')
    event.attendees = [
      me,
      { name: 'Sam Rivera', email: `sam@${COMPANY}` },
      { name: 'Room 4', email: 'c_1@resource.calendar.google.com', resource: true },
    ];
  else
    event.attendees = [
      me,
      ...Array.from({ length: who }, (_, index) => ({ name: `Person ${index + 1}`, email: `person${index + 1}@${COMPANY}` })),
    ];
  return event;
}
