/**
 * Chrome's offscreen document for automatic backups (utils/background/offscreen-url.ts): a
 * service worker cannot make a blob URL, and the downloads API needs a URL; handing it a
 * 14 MB data URL costs the worker a 70 ms task and the browser much more. The worker sends
 * the file's bytes here with a port; this page answers with a blob
 * URL and revokes it when told. Only our own service worker is listened to.
 */
navigator.serviceWorker.onmessage = (event: MessageEvent<unknown>) => {
  const source = event.source;
  const [port] = event.ports;
  if (!(source instanceof ServiceWorker) || !source.scriptURL.startsWith(`${location.origin}/`) || !port) return;
  const data = event.data as { type?: unknown; bytes?: unknown } | null;
  if (data?.type !== 'blob-url' || !(data.bytes instanceof Uint8Array)) return;
  const url = URL.createObjectURL(new Blob([data.bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' }));
  port.onmessage = (message: MessageEvent<unknown>) => {
    if ((message.data as { type?: unknown } | null)?.type !== 'revoke') return;
    URL.revokeObjectURL(url);
    port.close();
  };
  port.postMessage({ url });
};
