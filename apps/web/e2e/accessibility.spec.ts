import { expect, test } from '@playwright/test';

import { newAccount, signUpThroughUi } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';

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
