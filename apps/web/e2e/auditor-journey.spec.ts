import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { newAccount, signInThroughUi } from './support/accounts';
import { expect, test } from './support/console-guard';
import { collectedWorkspace } from './support/workspace';

const root = path.resolve(__dirname, '../../..');

/** Buttons that change something. An auditor may only request exports and comment on controls. */
const WRITE_BUTTONS =
  /^(run now|connect|accept risk|upload evidence|record exception|revoke|disconnect|pause collection|enable|invite member|save|create|remove|change access|test connection)/i;

/** `datetime-local` value in the browser's (and this machine's) local time. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

test('an auditor invited with a window sees every page read-only and downloads an export that verifies offline', async ({
  page,
  request,
  allowConsoleErrors,
}) => {
  test.setTimeout(180_000);
  // The first attempt leaves the window's end empty on purpose: the browser logs the API's 400.
  allowConsoleErrors(/status of 400 \(Bad Request\) \(.*\/members\)/);
  const { account, owner } = await collectedWorkspace(request, ['aws', 'github']);
  const auditor = newAccount();
  const day = 86_400_000;
  const windowFrom = new Date(Date.now() - day);
  const windowTo = new Date(Date.now() + day);

  // The owner invites the auditor from the Team page, with the period under audit.
  await signInThroughUi(page, account.email, account.password);
  await expect(page).toHaveURL(/\/orgs$/);
  await page.goto(`/orgs/${owner.orgId}/team`);
  await page.getByRole('button', { name: 'Invite member' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite a member' });
  await invite.getByLabel('Email').fill(auditor.email);
  await invite.getByLabel('Role').selectOption('AUDITOR');
  await invite.getByLabel('Audit window from').fill(localInput(windowFrom));
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  await expect(invite.getByLabel('Audit window to')).toHaveAttribute('aria-invalid', 'true');
  await invite.getByLabel('Audit window to').fill(localInput(windowTo));
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  const created = page.getByRole('dialog', { name: 'Invitation created' });
  const link = await created.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/\/accept-invite\?token=/);
  await created.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The auditor accepts and lands in the read-only view of the window.
  await page.goto(link);
  await page.getByLabel('Your name').fill(auditor.name);
  await page.getByLabel('Password').fill(auditor.password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await page.getByRole('link', { name: account.organizationName }).click();
  await expect(page.getByTestId('auditor-banner')).toContainText('Auditor view — read-only.');
  await expect(page.getByTestId('auditor-banner')).toContainText('audit window');
  await expect(page.getByTestId('soc2-score')).toHaveText(/%$/);
  await expect(page.getByTestId('last-run')).toContainText('Completed');
  await page.screenshot({ path: path.join(root, 'docs/screenshots/auditor-view.png') });

  for (const section of [
    '',
    '/controls',
    '/controls/KSM-AC-01',
    '/evidence',
    '/integrations',
    '/audit-log',
    '/team',
    '/settings',
  ]) {
    await page.goto(`/orgs/${owner.orgId}${section}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: WRITE_BUTTONS }),
      `write controls on ${section || '/'}`,
    ).toHaveCount(0);
  }
  await expect(page.getByLabel('Time zone')).toBeDisabled();
  await page.goto(`/orgs/${owner.orgId}/evidence`);
  await page.getByTestId('evidence-row').first().getByRole('link').click();
  await expect(page.getByTestId('evidence-sha256')).toHaveText(/^[0-9a-f]{64}$/);

  // Exports: the one thing an auditor requests. The package downloads and verifies offline.
  await page.goto(`/orgs/${owner.orgId}/exports`);
  await page.getByRole('button', { name: 'Request export' }).click();
  const row = page.getByTestId('export-row').first();
  await expect(row).toHaveAttribute('data-status', 'READY', { timeout: 60_000 });
  const downloading = page.waitForEvent('download');
  await row.getByRole('link', { name: /^Download export / }).click();
  const download = await downloading;
  const zip = path.join(mkdtempSync(path.join(tmpdir(), 'kushim-export-')), 'export.zip');
  await download.saveAs(zip);
  expect(readFileSync(zip).subarray(0, 2).toString('latin1')).toBe('PK');
  const verdict = execFileSync(
    process.execPath,
    [path.join(root, 'packages/ledger/bin/kushim-verify.cjs'), zip],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(verdict).toMatch(/^OK /);
});
