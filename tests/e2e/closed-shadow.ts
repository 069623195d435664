/**
 * Our UI on calendar and call pages lives in closed shadow roots: the page's
 * scripts cannot reach it, and neither can Playwright's locators (they run as
 * page script). A test reaches it the way the user does: through what the
 * browser renders. It finds controls in the browser's accessibility tree (CDP,
 * which sees closed shadow roots), reads their text through DevTools, and
 * presses them with real, trusted mouse and keyboard input.
 */
import { expect, type CDPSession, type Frame, type Page } from '@playwright/test';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
  backendDOMNodeId?: number;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

const idOf = (node: AXNode): number => must(node.backendDOMNodeId, 'a DOM node of the accessibility node');

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page
      .context()
      .newCDPSession(page)
      .then(async (opened) => {
        await opened.send('DOM.enable');
        await opened.send('Accessibility.enable');
        return opened;
      });
    sessions.set(page, cdp);
  }
  return cdp;
}

/** The backend node of the first element matching a selector in the page's own (light) DOM. */
async function hostNode(page: Page, selector: string): Promise<number | undefined> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  return node.backendNodeId;
}

/**
 * Every match in the accessibility tree under one of our hosts. The host itself is often
 * "uninteresting" to the browser (no node of its own, so no subtree to search): the search
 * starts from each element child of its shadow root instead.
 */
async function queryUnder(page: Page, selector: string, query: { role?: string; accessibleName?: string }): Promise<AXNode[]> {
  const host = await hostNode(page, selector);
  if (host === undefined) return [];
  const cdp = await session(page);
  const { node } = await cdp.send('DOM.describeNode', { backendNodeId: host, depth: 1, pierce: true });
  const children = (node.shadowRoots?.[0]?.children ?? []).filter((child) => child.nodeType === 1);
  const found: AXNode[] = [];
  for (const child of children) {
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId: child.backendNodeId, ...query })) as {
      nodes: AXNode[];
    };
    found.push(...nodes.filter((candidate) => !candidate.ignored && candidate.backendDOMNodeId !== undefined));
  }
  return found;
}

export interface ShadowControl {
  /** Whether the browser renders it now (in the accessibility tree, not hidden). */
  isShown(): Promise<boolean>;
  isFocused(): Promise<boolean>;
  /** Its text as rendered (innerText). */
  text(): Promise<string>;
  /** Its box on the page, in CSS pixels. */
  box(): Promise<{ x: number; y: number; width: number; height: number }>;
  /** A real click in its middle (a trusted event, as the user's). */
  click(): Promise<void>;
  focus(): Promise<void>;
  /** Focuses it and types, replacing what it held. */
  fill(text: string): Promise<void>;
  /** Runs a function declaration with the element as `this` (DevTools reaches into closed roots). */
  evaluate<T>(functionDeclaration: string): Promise<T>;
}

/** One of our shadow hosts on a page (`one-on-one-companion`, `one-on-one-companion-warning`, …). */
export class ShadowHost {
  constructor(
    private readonly page: Page,
    private readonly selector: string,
  ) {}

  getByRole(role: string, options: { name?: string } = {}): ShadowControl {
    return this.control(async () => {
      const nodes = await queryUnder(this.page, this.selector, {
        role,
        ...(options.name !== undefined ? { accessibleName: options.name } : {}),
      });
      return nodes[0];
    });
  }

  /** An element inside the shadow root by CSS selector (for layout checks: `.dock`, `.handle`). */
  locate(selector: string): ShadowControl {
    return this.control(async () => {
      const host = await hostNode(this.page, this.selector);
      if (host === undefined) return undefined;
      const cdp = await session(this.page);
      // A closed root is not reachable from script: DevTools describes it all the same.
      const { node } = await cdp.send('DOM.describeNode', { backendNodeId: host, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return undefined;
      const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: must(nodeIds[0], 'the shadow root node'), selector });
      if (!nodeId) return undefined;
      const found = await cdp.send('DOM.describeNode', { nodeId });
      return { nodeId: String(nodeId), ignored: false, backendDOMNodeId: found.node.backendNodeId } satisfies AXNode;
    });
  }

  private control(find: () => Promise<AXNode | undefined>): ShadowControl {
    const page = this.page;
    const found = async (): Promise<AXNode> => {
      let node: AXNode | undefined;
      await expect.poll(async () => (node = await find()) !== undefined, { message: `${this.selector}: not shown` }).toBe(true);
      return must(node, `${this.selector}: a node`);
    };
    const call = async <T>(node: AXNode, fn: string): Promise<T> => {
      const cdp = await session(page);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: idOf(node) });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: must(object.objectId, 'a remote object'),
        functionDeclaration: fn,
        returnByValue: true,
      });
      return result.value as T;
    };
    const box = async () => {
      const node = await found();
      const cdp = await session(page);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: idOf(node) }).catch(() => undefined);
      return call<{ x: number; y: number; width: number; height: number }>(
        node,
        'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
      );
    };
    return {
      isShown: async () => {
        const node = await find();
        if (!node) return false;
        return call<boolean>(node, 'function () { return this.checkVisibility ? this.checkVisibility() : true; }');
      },
      isFocused: async () => {
        const node = await find();
        if (!node) return false;
        return call<boolean>(
          node,
          'function () { const root = this.getRootNode(); return root.activeElement === this && (root === document || document.activeElement === root.host); }',
        );
      },
      text: async () => call<string>(await found(), 'function () { return this.innerText ?? this.textContent ?? ""; }'),
      evaluate: async <T>(functionDeclaration: string) => call<T>(await found(), functionDeclaration),
      box,
      click: async () => {
        const { x, y, width, height } = await box();
        await page.mouse.click(x + width / 2, y + height / 2);
      },
      focus: async () => {
        const node = await found();
        const cdp = await session(page);
        await cdp.send('DOM.focus', { backendNodeId: idOf(node) });
      },
      fill: async (text: string) => {
        const node = await found();
        const cdp = await session(page);
        await cdp.send('DOM.focus', { backendNodeId: idOf(node) });
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(text);
      },
    };
  }
}

/** The delete warning's dialog on a calendar page. */
export function warningOn(page: Page): ShadowHost {
  return new ShadowHost(page, 'one-on-one-companion-warning');
}

/** The dock on a calendar page (its bar, handle and buttons; the panel itself is a frame: see panel()). */
export function dockOn(page: Page): ShadowHost {
  return new ShadowHost(page, 'one-on-one-companion');
}

/** The delete warning as the user sees it, with the checks the tests make of it (each waits, like Playwright's). */
export class WarningDialog {
  private readonly host: ShadowHost;
  constructor(private readonly page: Page) {
    this.host = warningOn(page);
  }

  private dialog(): ShadowControl {
    return this.host.getByRole('alertdialog');
  }

  button(name: string): ShadowControl {
    return this.host.getByRole('button', { name });
  }

  reason(): ShadowControl {
    return this.host.locate('input.reason');
  }

  async expectShown(): Promise<void> {
    await expect.poll(() => this.dialog().isShown(), { message: 'the warning is shown' }).toBe(true);
  }

  async expectGone(): Promise<void> {
    await expect
      .poll(async () => (await hostNode(this.page, 'one-on-one-companion-warning')) === undefined, { message: 'the warning is gone' })
      .toBe(true);
  }

  async expectText(expected: string | RegExp): Promise<void> {
    const text = () =>
      this.dialog()
        .text()
        .then((value) => value.replace(/\s+/g, ' '));
    if (typeof expected === 'string') await expect.poll(text).toContain(expected);
    else await expect.poll(text).toMatch(expected);
  }

  async expectHeading(expected: string | RegExp): Promise<void> {
    const heading = () =>
      this.host
        .getByRole('heading')
        .text()
        .then((value) => value.trim());
    if (typeof expected === 'string') await expect.poll(heading).toBe(expected);
    else await expect.poll(heading).toMatch(expected);
  }

  async expectButtons(names: string[]): Promise<void> {
    await expect
      .poll(async () =>
        (await queryUnder(this.page, 'one-on-one-companion-warning', { role: 'button' })).map((node) => node.name?.value ?? ''),
      )
      .toEqual(names);
  }

  async expectFocused(control: ShadowControl): Promise<void> {
    await expect.poll(() => control.isFocused()).toBe(true);
  }
}

/**
 * axe runs as page script, so it cannot see into a closed shadow root. This puts an
 * open copy of one (its markup as DevTools reads it, the host's classes, the same
 * style sheet) on the page, over the original, for axe to check; `remove()` takes it away.
 */
export async function openCopyForAxe(page: Page, hostSelector: string): Promise<{ selector: string; remove(): Promise<void> }> {
  const cdp = await session(page);
  const host = await hostNode(page, hostSelector);
  if (host === undefined) throw new Error(`${hostSelector} is not on the page`);
  const { node } = await cdp.send('DOM.describeNode', { backendNodeId: host, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error(`${hostSelector} has no shadow root`);
  const { outerHTML } = await cdp.send('DOM.getOuterHTML', { backendNodeId: shadow.backendNodeId });
  const tag = 'companion-axe-copy';
  await page.evaluate(
    async ({ hostSelector, markup, tag }) => {
      const original = document.querySelector(hostSelector);
      if (!original) throw new Error(`${hostSelector} is not on the page`);
      const copy = document.createElement(tag);
      copy.className = original.className;
      const root = copy.attachShadow({ mode: 'open' });
      root.innerHTML = markup;
      document.documentElement.append(copy);
      await Promise.all(
        [...root.querySelectorAll('link[rel="stylesheet"]')].map(
          (link) => new Promise((resolve) => (link.addEventListener('load', resolve), link.addEventListener('error', resolve))),
        ),
      );
    },
    { hostSelector, markup: outerHTML.replace(/^<#document-fragment>|<\/#document-fragment>$/g, ''), tag },
  );
  return { selector: tag, remove: () => page.evaluate((tag) => document.querySelector(tag)?.remove(), tag) };
}

/**
 * The docked panel (the extension's iframe) on a calendar page. The dock's shadow root is
 * closed, so the frame is found among the page's frames, not by a selector.
 */
export async function panel(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((candidate) => /\/panel\.html(#|$)/.test(candidate.url()))) !== undefined, {
      message: 'the docked panel is on the page',
    })
    .toBe(true);
  return must(frame, 'the docked panel');
}
