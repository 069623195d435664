/**
 * What a unit test in jsdom needs to stand where the user and the browser stand:
 * our shadow roots are closed (the page gets none), so the test keeps each one as it
 * is made; and jsdom never marks a dispatched event trusted, so events the test sends
 * count as the user's unless marked as the page's own (`asPage`). The content script's
 * on-demand part, which the browser fetches from the extension, is the same module's parts here.
 */
import { setUserEventCheck } from '@/utils/content/build-dom';
import { setOnDemandSource } from '@/utils/content/calendar-page/on-demand';
import { onDemandParts } from '@/entrypoints/calendar-on-demand';

const serveOnDemand = () => setOnDemandSource(async () => onDemandParts());
serveOnDemand();

/** The on-demand part cannot be fetched (until the returned function serves it again). */
export function onDemandFails(): () => void {
  setOnDemandSource(() => Promise.reject(new Error('the on-demand part could not be fetched')));
  return serveOnDemand;
}

const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};

/** The shadow root of one of our hosts, closed to the page, kept by the test. */
export function shadowRootOf(host: Element | null | undefined): ShadowRoot | undefined {
  return host ? roots.get(host) : undefined;
}

const FROM_PAGE = new WeakSet<Event>();
setUserEventCheck((event) => !FROM_PAGE.has(event));

/** Marks an event as dispatched by the page's scripts (untrusted in a browser). */
export function asPage<E extends Event>(event: E): E {
  FROM_PAGE.add(event);
  return event;
}
