import type { Commitment, Meeting, Person } from '@/utils/db/records';
import { buildRecap, type Recap } from '@/utils/rules/recap';
import type { Voice } from '@/utils/rules/voice';

/** The recap of a meeting: only its shared notes and the commitments made in it go in. */
export function recapOf(
  person: Pick<Person, 'name' | 'emails'>,
  meeting: Meeting,
  commitments: readonly Commitment[],
  voice?: Voice,
): Recap {
  const input: Parameters<typeof buildRecap>[0] = {
    personName: person.name,
    meetingStart: meeting.start,
    shared: meeting.shared,
    commitments: commitments
      .filter((commitment) => commitment.meetingId === meeting.id)
      .map(({ text, owner, due, status }) => ({ text, owner, status, ...(due ? { due } : {}) })),
  };
  if (person.emails[0]) input.personEmail = person.emails[0];
  return buildRecap(input, voice);
}
