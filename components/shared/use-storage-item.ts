/** A storage.local item as Preact state, following changes made anywhere. */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, read: () => Promise<T>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    void read().then((initial) => live && setValue(initial));
    const unwatch = item.watch(() => void read().then((next) => live && setValue(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);
  return value;
}
