/**
 * A realistic history for measuring: 30 people × 5 years of weekly 1:1s
 * (about 7,800 meetings), about 20,000 commitments, notes of real length.
 * Deterministic: the same seed gives the same database.
 */
import { addDays, addWeeks, formatISO, subYears } from 'date-fns';
import type { Commitment, Meeting, Person } from '../utils/db/records';
import { seeded } from '../utils/rules/questions/suggest';

const FIRST = ['Sam', 'Priya', 'Jordan', 'Maria', 'Tom', 'Yuki', 'Ola', 'Chen', 'Amara', 'Lukas', 'Sofia', 'Omar', 'Ines', 'Kai', 'Noa'];
const LAST = ['Rivera', 'Natarajan', 'Ellis', 'Lopez', 'Becker', 'Tanaka', 'Nordmann', 'Wei', 'Okafor', 'Brandt'];
const PHRASES = [
  'Energy is good this week; enjoying the billing work.',
  'Frustrated by the number of meetings, wants more focus time.',
  'Talked about growing towards a staff role and what that takes.',
  'Wants more design work and a mentor outside the team.',
  'Worried about the on-call load after the last incident.',
  'Proud of the migration; we agreed to share it at the all-hands.',
  'Feedback for me: I jump into solutions too quickly in reviews.',
  'Family moving next month, may need flexible hours for a while.',
  'Curious about product discovery; will shadow a customer interview.',
  'Feels the team lacks context on priorities for the quarter.',
  'Would like to lead the next planning session.',
  'Asked how promotions work here; I will share the criteria.',
];
const PROMISES = [
  'Share the promotion criteria',
  'Book the architecture course',
  'Draft the design doc',
  'Intro to the data team',
  'Review the RFC',
  'Set up a skip-level',
  'Write the incident summary',
  'Pair on the deploy pipeline',
];

export interface SeedData {
  people: Person[];
  meetings: Meeting[];
  commitments: Commitment[];
}

export function generateHistory({ people = 30, years = 5, now = new Date(), seed = 'bench' } = {}): SeedData {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const id = () => `${Math.floor(random() * 1e16).toString(36)}-${Math.floor(random() * 1e16).toString(36)}`;
  const result: SeedData = { people: [], meetings: [], commitments: [] };
  const begin = subYears(now, years);
  for (let index = 0; index < people; index++) {
    const name = `${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]}${index >= FIRST.length ? ` ${index}` : ''}`;
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@northwind.example`;
    const person: Person = {
      id: id(),
      name,
      emails: [email],
      nameKey: name.toLowerCase(),
      createdAt: begin.toISOString(),
      updatedAt: begin.toISOString(),
    };
    result.people.push(person);
    for (let start = addDays(begin, index % 5); start < addWeeks(now, 2); start = addWeeks(start, 1)) {
      const notes = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(PHRASES)).join('\n');
      const meeting: Meeting = {
        id: id(),
        personId: person.id,
        eventKey: `google-calendar:bench${index}/${formatISO(start, { format: 'basic' })}`,
        seriesKey: `google-calendar:bench${index}`,
        title: `${name} / Alex 1:1`,
        start: start.toISOString(),
        status: random() < 0.04 ? 'cancelled' : 'scheduled',
        notes: start < now ? notes : '',
        shared: start < now && random() < 0.5 ? pick(PHRASES) : '',
        version: 1,
        focus: pick(['present', 'present', 'present', 'near-future', 'horizon'] as const),
        asked: [],
        feedbackAsked: random() < 0.6,
        topics: [],
        createdAt: start.toISOString(),
        updatedAt: start.toISOString(),
      };
      result.meetings.push(meeting);
      const promises = start < now ? (random() < 0.5 ? 2 : 3) : 0;
      for (let promise = 0; promise < promises; promise++) {
        const due = formatISO(addDays(start, 3 + Math.floor(random() * 14)), { representation: 'date' });
        const open = start > subYears(now, 0.1) && random() < 0.5;
        const commitment: Commitment = {
          id: id(),
          personId: person.id,
          meetingId: meeting.id,
          text: pick(PROMISES),
          owner: random() < 0.5 ? 'me' : 'them',
          due,
          status: open ? 'open' : 'done',
          createdAt: start.toISOString(),
          updatedAt: start.toISOString(),
        };
        if (!open) commitment.doneAt = addDays(start, 5).toISOString();
        result.commitments.push(commitment);
      }
    }
  }
  return result;
}
