import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { newAccount } from './support/accounts';
import { acceptThroughApi, inviteThroughApi, signUpOwnerThroughApi } from './support/invitations';

async function openInvitation(page: Page, inviteToken: string): Promise<void> {
  await page.goto(`/accept-invite?token=${encodeURIComponent(inviteToken)}`);
  await expect(page.getByRole('heading', { name: 'Accept your invitation', level: 1 })).toBeVisible();
}

async function submitInvitation(page: Page, name: string, password: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
}

function organizationRow(page: Page, organizationName: string) {
  return page.getByTestId('organization-row').filter({ hasText: organizationName });
}

test('an invited person with no account joins with the keyboard and sees the organization with the invited role', async ({
  page,
  request,
  context,
}) => {
  const owner = newAccount();
  const invitee = newAccount();
  const inviteToken = await inviteThroughApi(
    request,
    await signUpOwnerThroughApi(request, owner),
    invitee.email,
    'COMPLIANCE_MANAGER',
  );

  await openInvitation(page, inviteToken);
  await page.getByLabel('Your name').focus();
  await page.keyboard.type(invitee.name);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(invitee.password);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/orgs$/);
  const row = organizationRow(page, owner.organizationName);
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-role]')).toHaveAttribute('data-role', 'COMPLIANCE_MANAGER');
  await expect(row.locator('[data-role]')).toHaveText('Compliance manager');
  await expect(page.getByTestId('organization-row')).toHaveCount(1);
  await expect(page.getByTestId('current-user-name')).toHaveText(invitee.name);
  const cookies = await context.cookies();
  for (const name of ['kushim_access', 'kushim_refresh']) {
    expect(cookies.find((cookie) => cookie.name === name)?.httpOnly, `${name} is httpOnly`).toBe(true);
  }
});

test('a used invitation says so, moves focus to the explanation and offers to sign in', async ({
  page,
  request,
  context,
}) => {
  const owner = await signUpOwnerThroughApi(request, newAccount());
  const invitee = newAccount();
  const inviteToken = await inviteThroughApi(request, owner, invitee.email, 'COMPLIANCE_MANAGER');
  await acceptThroughApi(request, inviteToken, invitee.name, invitee.password);

  await openInvitation(page, inviteToken);
  await submitInvitation(page, `${invitee.name} again`, `${invitee.password} again`);

  const unavailable = page.getByTestId('invitation-unavailable');
  await expect(unavailable).toHaveAttribute('data-reason', 'used');
  const title = page.getByRole('heading', { name: 'This invitation has already been used' });
  await expect(title).toBeFocused();
  await expect(page.getByRole('form', { name: 'Accept invitation' })).toHaveCount(0);
  expect((await context.cookies()).filter((cookie) => cookie.name.startsWith('kushim_'))).toEqual([]);

  await unavailable.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a link without a token explains what happened instead of showing the form', async ({ page }) => {
  await page.goto('/accept-invite');
  await expect(page.getByRole('heading', { name: 'This link has no invitation in it' })).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await expect(
    page.getByTestId('invitation-unavailable').getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();
});

test('an unknown token is reported as an invalid link', async ({ page }) => {
  await openInvitation(page, 'not-a-real-invitation-token');
  await submitInvitation(page, 'Grace', 'correct horse battery staple');
  await expect(page.getByTestId('invitation-unavailable')).toHaveAttribute('data-reason', 'invalid');
  await expect(page.getByRole('heading', { name: 'This invitation link is not valid' })).toBeFocused();
});

test('a person who already has an account joins with that account’s password, not a new one', async ({
  page,
  request,
}) => {
  const inviter = newAccount();
  const member = newAccount();
  const owner = await signUpOwnerThroughApi(request, inviter);
  await signUpOwnerThroughApi(request, member);
  const inviteToken = await inviteThroughApi(request, owner, member.email, 'COMPLIANCE_MANAGER');

  await openInvitation(page, inviteToken);
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(
    /Already have a Kushim account with the invited email\? Enter that account’s password\./,
  );
  await submitInvitation(page, member.name, 'a different long password');
  const password = page.getByLabel('Password');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/does not match the existing account for this email\./);
  await expect(password).toBeFocused();
  await expect(page).toHaveURL(/\/accept-invite\?token=/);

  await password.fill(member.password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(organizationRow(page, inviter.organizationName).locator('[data-role]')).toHaveAttribute(
    'data-role',
    'COMPLIANCE_MANAGER',
  );
  await expect(organizationRow(page, member.organizationName).locator('[data-role]')).toHaveAttribute(
    'data-role',
    'OWNER',
  );
});

test('a new account’s password must follow the password policy, shown next to the field', async ({
  page,
  request,
}) => {
  const owner = await signUpOwnerThroughApi(request, newAccount());
  const invitee = newAccount();
  const inviteToken = await inviteThroughApi(request, owner, invitee.email, 'VIEWER');

  await openInvitation(page, inviteToken);
  await submitInvitation(page, invitee.name, 'short');

  const password = page.getByLabel('Password');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/Password must be at least 12 characters\./);
  await expect(page).toHaveURL(/\/accept-invite\?token=/);
});

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

    test('the accept-invite page, empty and with field errors, has no serious or critical violations', async ({
      page,
    }) => {
      await openInvitation(page, 'an-invitation-token');
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'Accept invitation' }).click();
      await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
      await expectNoSeriousViolations(page);
    });

    test('the unusable-invitation message has no serious or critical violations', async ({ page }) => {
      await page.goto('/accept-invite');
      await expect(page.getByTestId('invitation-unavailable')).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
