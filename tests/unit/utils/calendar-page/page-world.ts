/**
 * What a unit test in jsdom needs to stand where the user and the browser stand:
 * our shadow roots are closed (the page gets none), so the test keeps each one as it
 * is made; and jsdom never marks a dispatched event trusted, so events the test sends
 * count as the user's unless marked as the page's own (`asPage`).
 */
import { setUserEventCheck } from '@/utils/content/build-dom';

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
