import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { newAccount, signInThroughUi } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/console-guard';
import { collectedWorkspace } from './support/workspace';

const screenshots = path.resolve(__dirname, '../../../docs/screenshots');

/** The main pages, each with something that only shows once its data has loaded. */
const PAGES: Array<{ name: string; path: string; ready: (page: Page) => Promise<void> }> = [
  {
    name: 'overview',
    path: '',
    ready: async (page) => {
      await expect(page.getByTestId('soc2-score')).toHaveText(/%$/);
      await expect(page.getByTestId('last-run')).toContainText('Completed');
    },
  },
  {
    name: 'controls',
    path: '/controls',
    ready: (page) => expect(page.getByTestId('control-row').first()).toBeVisible(),
  },
  {
    name: 'control',
    path: '/controls/KSM-AC-01',
    ready: (page) => expect(page.getByTestId('finding-row').first()).toBeVisible(),
  },
  {
    name: 'evidence',
    path: '/evidence',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible(),
  },
  {
    name: 'integrations',
    path: '/integrations',
    ready: (page) => expect(page.getByTestId('integration-card')).toHaveCount(5),
  },
  {
    name: 'audit-log',
    path: '/audit-log',
    ready: (page) => expect(page.getByTestId('chain-status')).toBeVisible(),
  },
  {
    name: 'team',
    path: '/team',
    ready: (page) => expect(page.getByTestId('member-row').first()).toBeVisible(),
  },
  {
    name: 'settings',
    path: '/settings',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible(),
  },
  {
    name: 'exports',
    path: '/exports',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible(),
  },
];

test.describe('every main page on a collected organization', () => {
  test.describe.configure({ timeout: 180_000 });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations (${colorScheme})${colorScheme === 'light' ? ', and is photographed for the docs' : ''}`, async ({
      page,
      request,
    }) => {
      // Stable names, since these pages are photographed for the README.
      const { account, owner } = await collectedWorkspace(request, undefined, {
        ...newAccount(),
        organizationName: 'Acme',
        name: 'Dana Demo',
      });
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1440, height: 900 });
      await signInThroughUi(page, account.email, account.password);
      await expect(page).toHaveURL(/\/orgs$/);
      mkdirSync(screenshots, { recursive: true });
      for (const entry of PAGES) {
        await page.goto(`/orgs/${owner.orgId}${entry.path}`);
        await entry.ready(page);
        await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
        await expectNoSeriousViolations(page);
        if (colorScheme === 'light') {
          await page.screenshot({ path: path.join(screenshots, `${entry.name}.png`), fullPage: false });
        }
      }
      if (colorScheme === 'dark') {
        await page.goto(`/orgs/${owner.orgId}`);
        await PAGES[0]!.ready(page);
        await page.screenshot({ path: path.join(screenshots, 'overview-dark.png') });
      }
    });
  }

  test('tables and dialogs work from the keyboard', async ({ page, request }) => {
    const { account, owner } = await collectedWorkspace(request, ['aws']);
    await signInThroughUi(page, account.email, account.password);
    await expect(page).toHaveURL(/\/orgs$/);
    await page.goto(`/orgs/${owner.orgId}/controls?status=FAILING`);
    await expect(page.getByTestId('control-row').first()).toBeVisible();
    // Skip link first, then into the page: a control's link in the table is reachable with Tab and opens with Enter.
    const firstLink = page.getByTestId('control-row').first().getByRole('link');
    await firstLink.focus();
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('control-status')).toBeVisible();

    const accept = page.getByRole('button', { name: /^Accept risk for / }).first();
    await accept.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Accept a failing finding' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Justification')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(accept).toBeFocused();
  });
});
