import { newAccount, signUpThroughUi } from './support/accounts';
import { expect, test } from './support/console-guard';
import { sandboxUrl } from './support/workspace';

test('sign up, connect AWS through the form, run now, and accept a finding: the control passes and the score rises', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const account = newAccount();
  await signUpThroughUi(page, account);
  await page.getByRole('link', { name: account.organizationName }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Nothing connected')).toBeVisible();
  await expect(page.getByText('No score yet')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Organization' });
  await nav.getByRole('link', { name: 'Integrations' }).click();
  await page.getByRole('button', { name: 'Connect Amazon Web Services' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect Amazon Web Services' });
  await expect(dialog.getByText('iam:GetAccountPasswordPolicy')).toBeAttached();
  await dialog.getByLabel('Access key ID').fill('sbx_acme_AKIAKUSHIMAUDIT');
  await dialog.getByLabel('Secret access key').fill('sandbox-secret');
  await dialog.getByText(/Optional settings/).click();
  await dialog.getByLabel('Region (optional)').fill('us-east-1');
  await dialog.getByLabel('Endpoint (optional)').fill(`${sandboxUrl()}/aws`);
  await dialog.getByRole('button', { name: 'Connect Amazon Web Services' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  const card = page.getByTestId('integration-card').filter({ hasText: 'Amazon Web Services' });
  await expect(card).toHaveAttribute('data-status', 'CONNECTED');

  await page.getByRole('button', { name: 'Run now' }).click();
  const progress = page.getByTestId('run-progress');
  await expect(progress.getByRole('progressbar', { name: 'Run progress' })).toBeVisible();
  await expect(progress).toHaveAttribute('data-status', 'COMPLETED', { timeout: 60_000 });
  await expect(progress.getByTestId('run-step')).toHaveAttribute('data-state', 'COMPLETED');
  await expect(progress.getByTestId('run-results')).toContainText(
    /Evaluated \d+ checks: \d+ pass, [1-9]\d* fail/,
  );

  await nav.getByRole('link', { name: 'Overview' }).click();
  const score = page.getByTestId('soc2-score');
  // The score from before the run may show from cache while it refetches: wait for the run's failing controls.
  await expect(page.getByTestId('score-failing')).toHaveText(/^[1-9]\d*$/);
  await expect(score).toHaveText(/^\d+(\.\d+)?%$/);
  const scoreBefore = await score.textContent();
  const passingBefore = Number(await page.getByTestId('score-passing').textContent());
  await expect(page.getByTestId('integration-health-row')).toContainText('Connected');

  await nav.getByRole('link', { name: 'Controls' }).click();
  await page.getByLabel('Status').selectOption('FAILING');
  await expect(page).toHaveURL(/status=FAILING/);
  await expect(page.getByTestId('control-row').first()).toHaveAttribute('data-status', 'FAILING');
  await page.getByRole('link', { name: 'KSM-CRYPTO-03' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('KSM-CRYPTO-03');
  await expect(page.getByTestId('control-status')).toContainText('Failing');
  const check = page.getByTestId('check-card').filter({ hasText: 'aws.kms.key-rotation-enabled' });
  const failing = check.getByTestId('finding-row').and(page.locator('[data-status="FAIL"]'));
  await expect(failing).toHaveCount(1);
  await failing.getByRole('button', { name: /^Accept risk for / }).click();
  const exception = page.getByRole('dialog', { name: 'Accept a failing finding' });
  await exception.getByRole('button', { name: 'Record exception' }).click();
  await expect(exception.getByText('Explain the decision in at least 10 characters.')).toBeVisible();
  await exception
    .getByLabel('Justification')
    .fill(
      'Legacy key kept for decrypting 2019 archives only; rotation would break restores. Reviewed quarterly.',
    );
  await exception.getByRole('button', { name: 'Record exception' }).click();
  await expect(exception).toBeHidden();

  await expect(page.getByTestId('control-status')).toContainText('Passing');
  await expect(check.getByText('Accepted (exception)')).toBeVisible();
  await expect(check.getByRole('button', { name: /^Accept risk for / })).toHaveCount(0);
  await expect(page.getByTestId('exception-row')).toContainText('Legacy key kept');
  await expect(page.getByTestId('control-history')).toContainText('by an exception');

  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('score-passing')).toHaveText(String(passingBefore + 1));
  await expect(score).not.toHaveText(scoreBefore ?? '');
});

test('a compliance manager uploads a signed policy for a manual control: it is listed, valid, and the control passes', async ({
  page,
}) => {
  const account = newAccount();
  await signUpThroughUi(page, account);
  await page.getByRole('link', { name: account.organizationName }).click();
  await page
    .getByRole('navigation', { name: 'Organization' })
    .getByRole('link', { name: 'Controls' })
    .click();
  await page.getByLabel('Search').fill('KSM-GOV-01');
  await expect(page.getByTestId('control-row')).toHaveCount(1);
  await page.getByRole('link', { name: 'KSM-GOV-01' }).click();
  await expect(page.getByTestId('control-status')).toContainText('Needs evidence');
  await expect(page.getByText('Nothing uploaded')).toBeVisible();

  await page.getByRole('button', { name: 'Upload evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload evidence for KSM-GOV-01' });
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await expect(dialog.getByText('Choose the file to upload.')).toBeVisible();
  await expect(dialog.getByText('Give the evidence a title.')).toBeVisible();
  await dialog.getByLabel('File').setInputFiles({
    name: 'information-security-policy.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Information security policy v3, approved by the CEO on 2026-11-02.\n'),
  });
  await dialog.getByLabel('Title').fill('Information security policy v3');
  await dialog.getByLabel('Activity date').fill(new Date().toISOString().slice(0, 10));
  await dialog.getByRole('button', { name: 'Upload' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId('manual-evidence-row');
  await expect(row).toContainText('Information security policy v3');
  await expect(row).toContainText('Valid');
  await expect(row.getByRole('link', { name: 'information-security-policy.txt' })).toHaveAttribute(
    'href',
    /\/file$/,
  );
  await expect(page.getByTestId('control-status')).toContainText('Passing');
  await expect(page.getByTestId('control-history')).toContainText('by manual evidence');
});
