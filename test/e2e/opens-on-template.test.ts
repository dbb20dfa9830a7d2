import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('opens on the token-governor template, its nodes drawn with their key parameters in words', async () => {
  const { page, context } = await openApp(browser);
  await expect(page.locator('.document-name').textContent()).resolves.toBe(
    'Token governor (Uniswap numbers, OpenZeppelin Governor)',
  );
  const vote = page.locator('.node-card[data-kind="majority-vote"]');
  await expect(vote.locator('.node-summary').textContent()).resolves.toBe(
    '4% quorum · 5 days 14 hours 24 minutes',
  );
  await expect(page.locator('.problems-count').getAttribute('data-errors')).resolves.toBe('0');
  await page.screenshot({ path: 'test-results/screenshots/opens-on-template.png' });
  await context.close();
});
