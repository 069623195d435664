/** Asks the browser to keep our storage, and says what it answered and how much is used. */
import { useEffect, useState } from 'preact/hooks';

export function StorageStatus() {
  const [persisted, setPersisted] = useState<boolean>();
  const [usage, setUsage] = useState<number>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const storage = navigator.storage as StorageManager | undefined;
      if (!storage) return;
      const already = await storage.persisted();
      const granted = already || (await storage.persist());
      const estimate = await storage.estimate();
      if (!live) return;
      setPersisted(granted);
      setUsage(estimate.usage);
    })();
    return () => {
      live = false;
    };
  }, []);
  return (
    <div class="storage-status">
      <h3>Storage</h3>
      <p data-testid="persistence">
        {persisted === undefined
          ? 'Checking how the browser keeps your notes…'
          : persisted
            ? 'The browser keeps your notes until you remove them (persistent storage).'
            : 'The browser may clear your notes if the disk runs low. Keep a recent backup.'}
      </p>
      {usage !== undefined && <p class="muted">Using {(usage / 1024 / 1024).toFixed(1)} MB.</p>}
    </div>
  );
}
