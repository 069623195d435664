import { describe, expect, it } from 'vitest';
import { panelHash, type PanelTarget } from '@/utils/protocol/panel-link';
import { parsePanelHash } from '@/utils/protocol/schemas';

const target: PanelTarget = {
  v: 1,
  key: 'google-calendar:abc/20260305T090000Z',
  seriesKey: 'google-calendar:abc',
  title: 'Alex / Sam 1:1 <b>bold</b> & "quotes"',
  start: '2026-03-05T09:00:00.000Z',
  allDay: false,
  recurring: true,
  counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
};

describe('the panel link', () => {
  it('round-trips through the URL hash', () => {
    expect(parsePanelHash(`#${panelHash(target)}`)).toEqual({ ok: true, target });
  });

  it.each([
    ['nothing', ''],
    ['not JSON', '#%7Bnope'],
    ['broken escapes', '#%E0%A4%A'],
    ['a wrong version', `#${encodeURIComponent(JSON.stringify({ ...target, v: 2 }))}`],
    ['nobody to meet', `#${encodeURIComponent(JSON.stringify({ ...target, counterpart: {} }))}`],
    ['a bad address', `#${encodeURIComponent(JSON.stringify({ ...target, counterpart: { email: 'javascript:alert(1)' } }))}`],
    ['a bad date', `#${encodeURIComponent(JSON.stringify({ ...target, start: 'yesterday' }))}`],
    [
      'an absurdly long title (a long one is cut: tests/unit/utils/plain-text.test.ts)',
      `#${encodeURIComponent(JSON.stringify({ ...target, title: 'x'.repeat(200_000) }))}`,
    ],
  ])('refuses %s with a message', (_label, hash) => {
    const parsed = parsePanelHash(hash);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
  });
});
