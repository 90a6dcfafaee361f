import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const blocking = new Set(['serious', 'critical']);

/** WCAG 2.1 A/AA through axe-core: the page may have minor findings, never serious or critical ones. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}
