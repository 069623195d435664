import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/utils/protocol/message-schemas';

const occurrence = {
  key: 'outlook:AAMk/x+y=',
  seriesKey: 'outlook:series:alex kim:alex / sam 1:1',
  title: 'Alex / Sam 1:1',
  start: '2026-03-05T09:00:00.000Z',
  counterpart: { name: 'Sam Rivera', email: 'Sam.Rivera@northwind.example' },
};

describe('messages from calendar pages', () => {
  it('accepts a cancellation and a question about a person, with addresses lower-cased', () => {
    expect(parseMessage({ type: 'meeting-cancelled', occurrence, reason: 'Off sick', endedSeries: false })).toMatchObject({
      occurrence: { counterpart: { email: 'sam.rivera@northwind.example' } },
    });
    expect(parseMessage({ type: 'person-brief', counterpart: { name: 'Sam Rivera' } })).toEqual({
      type: 'person-brief',
      counterpart: { name: 'Sam Rivera' },
    });
  });

  it.each([
    ['nobody to cancel with', { type: 'meeting-cancelled', occurrence: { ...occurrence, counterpart: {} }, endedSeries: false }],
    ['a reason longer than the field', { type: 'meeting-cancelled', occurrence, reason: 'x'.repeat(501), endedSeries: false }],
    ['a bad date', { type: 'meeting-cancelled', occurrence: { ...occurrence, start: 'soon' }, endedSeries: false }],
    ['no series flag', { type: 'meeting-cancelled', occurrence }],
    ['an address that is not one', { type: 'person-brief', counterpart: { email: 'javascript:alert(1)' } }],
    ['an unknown type', { type: 'delete-everything' }],
  ])('refuses %s', (_label, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });
});
