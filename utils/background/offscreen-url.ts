/**
 * A blob URL for the downloads API from Chrome's service worker, which cannot make one: an
 * offscreen document (entrypoints/offscreen/) makes it from the bytes the worker sends it
 * over a port of their own (no runtime message: nothing else can speak on it). Measured in
 * bench/backup.bench.ts against a data URL: see docs/PERFORMANCE.md.
 */
import { browser } from 'wxt/browser';

const PAGE = '/offscreen.html';
/** How long the offscreen document may take to answer before the caller falls back. */
const ANSWER_MS = 10_000;

interface WindowClient {
  url: string;
  postMessage(message: unknown, transfer: Transferable[]): void;
}
interface Clients {
  matchAll(options: { includeUncontrolled: boolean; type: 'all' }): Promise<WindowClient[]>;
}

export async function offscreenBlobUrl(bytes: Uint8Array<ArrayBuffer>): Promise<{ url: string; revoke(): void }> {
  const offscreen = browser.offscreen;
  const clients = (globalThis as unknown as { clients?: Clients }).clients;
  if (!offscreen || !clients) throw new Error('no offscreen documents here');
  const address = browser.runtime.getURL(PAGE);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [address] });
  if (open.length === 0) {
    await offscreen.createDocument({
      url: PAGE,
      reasons: ['BLOBS'],
      justification: 'Makes the automatic backup file a blob URL for the downloads API.',
    });
  }
  const page = (await clients.matchAll({ includeUncontrolled: true, type: 'all' })).find((client) => client.url === address);
  if (!page) throw new Error('the offscreen document is not there');
  const channel = new MessageChannel();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the offscreen document did not answer')), ANSWER_MS);
    channel.port1.onmessage = (event: MessageEvent<{ url?: unknown }>) => {
      clearTimeout(timer);
      const answer = event.data.url;
      if (typeof answer === 'string' && answer.startsWith('blob:')) resolve(answer);
      else reject(new Error('the offscreen document answered something else'));
    };
    // The bytes are copied, not transferred: if this fails, the caller still has them.
    page.postMessage({ type: 'blob-url', bytes }, [channel.port2]);
  });
  return {
    url,
    revoke: () => {
      channel.port1.postMessage({ type: 'revoke' });
      channel.port1.close();
      // Its one job is done until the next backup.
      void offscreen.closeDocument().catch(() => undefined);
    },
  };
}
