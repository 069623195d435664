// @vitest-environment jsdom
/** Every committed call-page fixture against its golden file (the same rule as the calendars). */
import { describe, expect, it } from 'vitest';
import { readCall } from '@/utils/calls/read-call';
import { documentOf, fixturesOf } from '../calendars/fixtures';

describe.each(['meet', 'teams'])('%s fixtures', (site) => {
  const fixtures = fixturesOf(site);
  it('has the pages a call goes through', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    expect(readCall(documentOf(fixture), fixture.url)).toEqual(fixture.expected);
  });
});
