import { expect, test as base } from '@playwright/test';

type ConsoleGuard = {
  /** Console errors this test expects (e.g. the browser's own line for a deliberate 400 or 404). */
  allowConsoleErrors: (...patterns: RegExp[]) => void;
};

/**
 * Every journey fails if the browser logged an error or threw: a page that works but complains in the console
 * is a bug waiting to be reported.
 */
export const test = base.extend<ConsoleGuard & { consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(`${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
    },
    { auto: true },
  ],
  allowConsoleErrors: [
    async ({ consoleErrors }, use) => {
      const allowed: RegExp[] = [];
      await use((...patterns) => allowed.push(...patterns));
      const unexpected = consoleErrors.filter((line) => !allowed.some((pattern) => pattern.test(line)));
      expect(unexpected, 'console errors during the journey').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
