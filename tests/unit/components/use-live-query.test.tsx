// @vitest-environment jsdom
/**
 * Issue 25: a live query starts as soon as its component is in the page, not a frame later
 * (an effect waits for the next paint: a third of the panel's opening was such waits).
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { useLiveQuery } from '@/components/shared/use-live-query';

const subscriptions = vi.hoisted(() => ({ count: 0 }));
vi.mock('dexie', async (importOriginal) => {
  const dexie = await importOriginal<typeof import('dexie')>();
  const liveQuery: typeof dexie.liveQuery = (query) => {
    const observable = dexie.liveQuery(query);
    const subscribe = ((...args: unknown[]) => {
      subscriptions.count++;
      return (observable.subscribe as (...args: unknown[]) => unknown).apply(observable, args);
    }) as typeof observable.subscribe;
    return Object.assign(Object.create(observable) as typeof observable, { subscribe });
  };
  return { ...dexie, liveQuery };
});

function Reader({ query }: { query: () => Promise<string> }) {
  const { value } = useLiveQuery(query, [query]);
  return <p>{value ?? 'loading'}</p>;
}

describe('useLiveQuery', () => {
  it('subscribes while the component is drawn, before any frame; then shows what the query read', async () => {
    const root = document.createElement('div');
    render(<Reader query={async () => 'read'} />, root);
    expect(subscriptions.count).toBe(1);
    await vi.waitFor(() => expect(root.textContent).toBe('read'));
    render(null, root);
  });
});
