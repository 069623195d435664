// @vitest-environment jsdom
/** Every committed call-page fixture against its golden file (the same rule as the calendars). */
import { describe, expect, it } from 'vitest';
import { checkCallHealth, readCall } from '@/utils/sites/calls/read-call';
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

describe('page health on call pages', () => {
  const fixture = (site: string, name: string) => fixturesOf(site).find((candidate) => candidate.name === name)!;
  const health = (site: string, name: string, change?: (doc: Document) => void, url?: string) => {
    const found = fixture(site, name);
    const doc = documentOf(found);
    change?.(doc);
    return checkCallHealth(doc, url ?? found.url)?.problems ?? null;
  };

  it('finds nothing wrong in the calls it reads, and says nothing outside a call', () => {
    for (const name of ['in-call', 'other-presents', 'self-presents', 'older-self-name']) expect(health('meet', name), name).toEqual([]);
    for (const name of ['in-call', 'presenting', 'guest-code', 'guest-thread']) expect(health('teams', name), name).toEqual([]);
    expect(health('meet', 'lobby')).toBeNull();
    expect(health('meet', 'left')).toBeNull();
    expect(health('teams', 'prejoin')).toBeNull();
  });

  it('says what it could not read when the call page has changed', () => {
    const noTiles = (doc: Document) =>
      doc.querySelectorAll('[data-participant-id], [data-stream-type], [data-tid^="participantsInCall-"]').forEach((tile) => tile.remove());
    expect(health('meet', 'in-call', noTiles)).toEqual(['no-people']);
    expect(health('teams', 'in-call', noTiles)).toEqual(['no-people']);
    const guest = fixture('teams', 'guest-code').url.replace(/coords=[^&]+/, 'coords=bm90IGpzb24');
    expect(health('teams', 'guest-code', undefined, guest)).toEqual(['no-meeting-code']);
  });
});
