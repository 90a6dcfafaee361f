import { newAccount, signInThroughUi, signUpThroughApi, signUpThroughUi } from './support/accounts';
import { expect, test } from './support/console-guard';
import { acceptThroughApi, inviteThroughApi, signUpOwnerThroughApi } from './support/invitations';
import { collectedWorkspace } from './support/workspace';

/** Any button that would change something; none may be offered to a read-only role. */
const WRITE_BUTTONS =
  /^(run now|connect|accept risk|upload evidence|record exception|revoke|disconnect|pause collection|enable|invite|save|create|remove|delete|test connection)/i;

test('a viewer sees controls and results but no evidence contents, downloads or write controls', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const { owner, account } = await collectedWorkspace(request, ['aws']);
  const viewer = newAccount();
  const token = await inviteThroughApi(request, owner, viewer.email, 'VIEWER');
  await acceptThroughApi(request, token, viewer.name, viewer.password);

  await signInThroughUi(page, viewer.email, viewer.password);
  await page.getByRole('link', { name: account.organizationName }).click();
  const nav = page.getByRole('navigation', { name: 'Organization' });
  await expect(nav.getByRole('link', { name: 'Controls' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Evidence' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Exports' })).toHaveCount(0);
  await expect(page.getByTestId('soc2-score')).toHaveText(/%$/);

  await page.goto(`/orgs/${owner.orgId}/controls/KSM-CRYPTO-03`);
  await expect(page.getByTestId('control-status')).toContainText('Failing');
  await expect(page.getByTestId('finding-row').first()).toBeVisible();
  await expect(page.getByTestId('evidence-hidden-for-viewer')).toBeVisible();
  await expect(page.locator('a[href*="/evidence/"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: WRITE_BUTTONS })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Integrations' }).click();
  await expect(page.getByTestId('integration-card')).toHaveCount(1);
  await expect(page.getByRole('button', { name: WRITE_BUTTONS })).toHaveCount(0);
});

test("a member of another organization gets the 404 page for this organization's pages", async ({
  page,
  request,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 404/);
  const theirs = newAccount();
  await signUpThroughApi(request, theirs);
  const owner = await signUpOwnerThroughApi(request, newAccount());
  await signInThroughUi(page, theirs.email, theirs.password);
  await expect(page).toHaveURL(/\/orgs$/);
  for (const path of ['', '/controls', '/controls/KSM-CRYPTO-03', '/integrations', '/audit-log', '/team']) {
    const response = await page.goto(`/orgs/${owner.orgId}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  const response = await page.goto('/orgs/not-a-uuid/controls');
  expect(response?.status()).toBe(404);
});

test('signing up lands on a fresh organization whose pages all explain what to do first', async ({
  page,
}) => {
  const account = newAccount();
  await signUpThroughUi(page, account);
  await page.getByRole('link', { name: account.organizationName }).click();
  await expect(page.getByText('Nothing connected')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Integrations' })
    .click();
  await expect(page.getByText('No integration connected')).toBeVisible();
  await expect(page.getByTestId('provider-card')).toHaveCount(5);
});
