/**
 * Installing the extension opens its welcome page in a tab of its own: the
 * end-to-end fixture, the demo and the page-cost bench all need that tab
 * (to keep it, fill it in, or close it so the calendar stays the active tab).
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function welcomeTab(context: BrowserContext, timeout = 10_000): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout }));
}
