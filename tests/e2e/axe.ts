/** axe-core on a page (or a part of it): no serious or critical violation, each named where it is. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './extension';

type Scope = Parameters<AxeBuilder['include']>[0];

export async function expectNoSeriousViolations(page: Page, scope?: Scope): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (scope) builder = builder.include(scope);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
      return `${violation.id} (${violation.impact}): ${violation.help} at ${where.join(', ')}${more}: ${violation.nodes[0]?.html.slice(0, 200)}`;
    });
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}
