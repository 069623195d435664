/**
 * Dexie's liveQuery as a Preact hook: re-renders whenever the query's data changes, in any tab.
 * The query starts as soon as the component is in the page (a layout effect), not after the
 * next paint (an effect waits for a frame: up to 16 ms before the read even begins).
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface Live<T> {
  value: T | undefined;
  error: Error | undefined;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ value: previous.value, error: asError(error) })),
    });
    return () => subscription.unsubscribe();
    // The caller names the query's inputs, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
