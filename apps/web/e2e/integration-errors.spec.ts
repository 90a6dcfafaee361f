import { newAccount, signUpThroughUi } from './support/accounts';
import { expect, test } from './support/console-guard';
import { sandboxUrl } from './support/workspace';

test("connecting with credentials the provider rejects shows the provider's actionable message and saves nothing", async ({
  page,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 400/);
  const account = newAccount();
  await signUpThroughUi(page, account);
  await page.getByRole('link', { name: account.organizationName }).click();
  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Integrations' })
    .click();

  await page.getByRole('button', { name: 'Connect Amazon Web Services' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect Amazon Web Services' });
  await dialog.getByRole('button', { name: 'Connect Amazon Web Services' }).click();
  await expect(dialog.getByLabel('Access key ID')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('is required').first()).toBeVisible();

  await dialog.getByLabel('Access key ID').fill('AKIAIOSFODNN7EXAMPLE');
  await dialog.getByLabel('Secret access key').fill('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await dialog.getByText(/Optional settings/).click();
  await dialog.getByLabel('Endpoint (optional)').fill(`${sandboxUrl()}/aws`);
  await dialog.getByLabel('Region (optional)').fill('moon-base-1');
  await dialog.getByRole('button', { name: 'Connect Amazon Web Services' }).click();
  await expect(dialog.getByLabel('Region (optional)')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Region (optional)').fill('us-east-1');
  await dialog.getByRole('button', { name: 'Connect Amazon Web Services' }).click();
  const error = dialog.getByTestId('connect-error');
  await expect(error).toBeVisible({ timeout: 20_000 });
  await expect(error).toContainText('Amazon Web Services refused the connection');
  await expect(error).toContainText(/AWS rejected the credentials \(InvalidClientTokenId\)/);
  await expect(error).toContainText('Check the access key id and secret');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No integration connected')).toBeVisible();
});
