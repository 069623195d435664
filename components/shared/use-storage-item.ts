/** A storage.local item as Preact state, following changes made anywhere. */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, read: () => Promise<T>): T {
  return useLoadedStorageItem(item, read) ?? item.fallback;
}

/** The same, undefined until the first read answered: for what must not show a guess built on the default. */
export function useLoadedStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void read().then((initial) => live && setValue(() => initial));
    const unwatch = item.watch(() => void read().then((next) => live && setValue(() => next)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);
  return value;
}
