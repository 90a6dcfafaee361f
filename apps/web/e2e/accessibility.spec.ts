import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { newAccount, signUpThroughUi } from './support/accounts';

const blocking = new Set(['serious', 'critical']);

async function expectNoSeriousViolations(page: Page): Promise<void> {
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
  expect(violations).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the sign-in page has no serious or critical accessibility violations', async ({ page }) => {
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { name: 'Sign in to Kushim' })).toBeVisible();
      await expectNoSeriousViolations(page);
    });

    test('the sign-up page, with field errors shown, has no serious or critical violations', async ({
      page,
    }) => {
      await page.goto('/sign-up');
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'Create organization' }).click();
      await expect(page.getByLabel('Organization name')).toHaveAttribute('aria-invalid', 'true');
      await expectNoSeriousViolations(page);
    });

    test('the organizations page has no serious or critical accessibility violations', async ({ page }) => {
      await signUpThroughUi(page, newAccount());
      await expect(page.getByTestId('organization-row')).toHaveCount(1);
      await expectNoSeriousViolations(page);
    });
  });
}
