// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { meetingCodeOf, callSiteOf } from '@/utils/sites/calls/meeting-code';
import { readCall } from '@/utils/sites/calls/read-call';
import { matchCall, titlesMatch } from '@/utils/rules/call-match';
import type { SeenEventRecord } from '@/utils/db/records';
import type { CallState } from '@/utils/protocol/messaging';

describe('meeting codes from call URLs and video links', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'abc-defg-hij'],
    ['https://meet.google.com/', undefined],
    ['https://meet.google.com/landing', undefined],
    ['https://meet.google.com/abc-defg-hijk', undefined],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZDk1@thread.v2/0?context=%7b%7d', '19:meeting_NjU4ZDk1@thread.v2'],
    ['https://teams.microsoft.com/l/meetup-join/19:meeting_NjU4ZDk1@thread.v2/0', '19:meeting_NjU4ZDk1@thread.v2'],
    ['https://teams.live.com/meet/9381234567890', '9381234567890'],
    ['https://teams.cloud.microsoft/meet/abc123', 'abc123'],
    ['https://teams.microsoft.com/v2/?meetingjoin=true#/meet/998877?x=1', '998877'],
    ['https://zoom.us/j/123', undefined],
    // A guest's landing page: the code is in `coords` (base64 JSON), its padding URL-encoded or dropped.
    [
      `https://teams.live.com/light-meetings/launch?coords=${btoa('{"meetingCode":"9381234567890","passcode":"x"}').replace(/=+$/, '')}`,
      '9381234567890',
    ],
    [
      `https://teams.microsoft.com/light-meetings/launch?coords=${encodeURIComponent(btoa('{"conversationId":"19:meeting_Q1@thread.v2"}'))}`,
      '19:meeting_Q1@thread.v2',
    ],
    ['https://teams.live.com/light-meetings/launch?coords=not-base64!', undefined],
    ['not a url', undefined],
  ])('%s → %s', (link, code) => {
    expect(meetingCodeOf(link)).toBe(code);
  });

  it('knows the call hosts', () => {
    expect(callSiteOf('meet.google.com')).toBe('meet');
    expect(callSiteOf('teams.live.com')).toBe('teams');
    expect(callSiteOf('calendar.google.com')).toBeUndefined();
  });
});

describe('reading a call page', () => {
  const page = (html: string, title: string) => {
    const dom = new JSDOM(`<!doctype html><title>${title}</title><body>${html}</body>`);
    return dom.window.document;
  };

  it('reads a Meet call: code, title, the other participant, in call', () => {
    const doc = page(
      `<div data-participant-id="a" data-self-name="Alex Kim"><span>Alex Kim</span></div>
       <div data-participant-id="b" aria-label="Sam Rivera, muted"><span>Sam Rivera</span></div>
       <i class="google-symbols">call_end</i>`,
      'Meet - Alex / Sam 1:1',
    );
    expect(readCall(doc, 'https://meet.google.com/abc-defg-hij')).toEqual({
      site: 'meet',
      meetingCode: 'abc-defg-hij',
      title: 'Alex / Sam 1:1',
      participants: ['Sam Rivera'],
      inCall: true,
      presenting: false,
    });
  });

  it('does not take the code for a title, and knows the lobby from the call', () => {
    const doc = page('<i class="google-symbols">mic</i>', 'Meet – abc-defg-hij');
    expect(readCall(doc, 'https://meet.google.com/abc-defg-hij')).toMatchObject({ inCall: false, participants: [] });
    expect(readCall(doc, 'https://meet.google.com/abc-defg-hij')?.title).toBeUndefined();
  });

  it('reads a Teams call, including someone presenting', () => {
    const doc = page(
      `<button id="hangup-button">Leave</button>
       <div data-stream-type="Video" data-tid="Sam Rivera"></div>
       <div data-stream-type="ScreenSharing" data-tid="Alex Kim"></div>`,
      '(2) Alex / Sam 1:1 | Microsoft Teams',
    );
    expect(readCall(doc, 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_X1@thread.v2/0')).toEqual({
      site: 'teams',
      meetingCode: '19:meeting_X1@thread.v2',
      title: 'Alex / Sam 1:1',
      // A screen on the stage is not a person.
      participants: ['Sam Rivera'],
      inCall: true,
      presenting: true,
    });
  });
});

describe('matching a call to its 1:1', () => {
  const now = new Date('2026-03-05T09:10:00Z');
  const event = (extra: Partial<SeenEventRecord>): SeenEventRecord => ({
    key: 'k',
    seriesKey: 's',
    title: 'Alex / Sam 1:1',
    start: '2026-03-05T09:00:00.000Z',
    end: '2026-03-05T09:30:00.000Z',
    allDay: false,
    oneOnOne: true,
    counterpart: { name: 'Sam Rivera', email: 'sam@northwind.example' },
    seenAt: '',
    ...extra,
  });
  const call = (extra: Partial<CallState> = {}): CallState => ({
    site: 'meet',
    participants: [],
    inCall: true,
    presenting: false,
    ...extra,
  });

  it('first by the video link', () => {
    const linked = event({
      key: 'linked',
      meetingCode: 'abc-defg-hij',
      start: '2026-03-02T09:00:00.000Z',
      end: '2026-03-02T09:30:00.000Z',
    });
    expect(matchCall(call({ meetingCode: 'abc-defg-hij', title: 'Something else' }), [event({}), linked], now)).toEqual({
      kind: 'video-link',
      event: linked,
    });
  });

  it('then by a 1:1 on the calendar now, with the same title', () => {
    expect(matchCall(call({ title: 'alex / sam 1:1' }), [event({})], now)).toMatchObject({ kind: 'time-title' });
    expect(
      matchCall(call({ title: 'Alex / Sam 1:1' }), [event({ start: '2026-03-05T11:00:00.000Z', end: '2026-03-05T11:30:00.000Z' })], now)
        .kind,
    ).not.toBe('time-title');
    expect(matchCall(call({ title: 'Design review' }), [event({})], now).kind).toBe('none');
  });

  it('never matches an event that is not a 1:1', () => {
    expect(matchCall(call({ meetingCode: 'abc-defg-hij' }), [event({ oneOnOne: false, meetingCode: 'abc-defg-hij' })], now).kind).toBe(
      'none',
    );
  });

  it("then by the user's earlier pick for this meeting, then by the call's own title and people", () => {
    expect(matchCall(call({ title: '1:1 with Priya', participants: ['Priya Natarajan'] }), [], now, 'person-7')).toEqual({
      kind: 'remembered',
      personId: 'person-7',
    });
    expect(matchCall(call({ title: '1:1 with Priya', participants: ['Priya Natarajan'] }), [], now)).toEqual({
      kind: 'call-recognition',
      counterpart: { name: 'Priya Natarajan' },
    });
    expect(matchCall(call({ title: 'Team sync', participants: ['A', 'B', 'C'] }), [], now)).toEqual({ kind: 'none' });
    // One other person, named in the title: "Meeting with Sam Rivera" (Teams).
    expect(matchCall(call({ title: 'Meeting with Sam Rivera', participants: ['Sam Rivera'] }), [], now)).toEqual({
      kind: 'call-recognition',
      counterpart: { name: 'Sam Rivera' },
    });
    expect(matchCall(call({ title: 'Meeting with Sam Rivera', participants: ['Priya Natarajan'] }), [], now).kind).toBe('none');
    expect(matchCall(call({ title: 'Meeting with Sam Rivera', participants: ['Sam Rivera', 'Priya Natarajan'] }), [], now).kind).toBe(
      'none',
    );
    // Two other people are not a 1:1, however friendly the title.
    expect(matchCall(call({ title: 'Catch-up', participants: ['Someone', 'Someone else'] }), [], now)).toEqual({ kind: 'none' });
  });

  it('compares titles loosely', () => {
    expect(titlesMatch('Alex / Sam 1:1', 'Alex / Sam 1:1 (moved)')).toBe(true);
    expect(titlesMatch('1:1', 'Team 1:1 swap')).toBe(false);
    expect(titlesMatch(undefined, 'x')).toBe(false);
  });
});
