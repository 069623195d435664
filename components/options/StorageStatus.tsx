/** Asks the browser to keep our storage, and says what it answered and how much is used. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

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
      <h3>{i18n.t('storage.heading')}</h3>
      <p data-testid="persistence">
        {persisted === undefined ? i18n.t('storage.checking') : persisted ? i18n.t('storage.persistent') : i18n.t('storage.mayClear')}
      </p>
      {usage !== undefined && <p class="muted">{i18n.t('storage.using', { size: (usage / 1024 / 1024).toFixed(1) })}</p>}
    </div>
  );
}
