import { describe, expect, it } from 'vitest';
import { decodeGoogleEventId, encodeGoogleEventId } from '@/utils/sites/calendars/google-event-id';

describe('decodeGoogleEventId', () => {
  it('reads a one-off event', () => {
    expect(decodeGoogleEventId(encodeGoogleEventId('abc123 alex@northwind.example'))).toEqual({
      eventId: 'abc123',
      calendar: 'alex@northwind.example',
    });
  });

  it('reads the occurrence of a recurring timed event', () => {
    expect(decodeGoogleEventId(encodeGoogleEventId('abc123_20260305T090000Z alex@northwind.example'))).toEqual({
      eventId: 'abc123',
      occurrence: '20260305T090000Z',
      occurrenceStart: '2026-03-05T09:00:00.000Z',
      calendar: 'alex@northwind.example',
    });
  });

  it('reads the occurrence of a recurring all-day event', () => {
    expect(decodeGoogleEventId(encodeGoogleEventId('abc123_20260305 alex@northwind.example'))).toMatchObject({
      occurrenceStart: '2026-03-05',
    });
  });

  it('accepts padding, URL-safe letters, and a group calendar', () => {
    const raw = btoa('q9_x-1_20260305T090000Z c_team@group.calendar.google.com').replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeGoogleEventId(raw)).toMatchObject({ eventId: 'q9_x-1', calendar: 'c_team@group.calendar.google.com' });
  });

  it.each(['', 'not base64!', btoa('\u0001\u0002binary'), btoa('<script>alert(1)</script> x@y.z')])('rejects %j', (raw) => {
    expect(decodeGoogleEventId(raw)).toBeNull();
  });
});
