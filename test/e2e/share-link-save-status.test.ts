import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShareLink } from '../../src/panels/review/share-link-codec.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the save status of a shared copy under review', () => {
  it('says it is not saved, never “Saved in this browser”, until a copy is opened to edit', async () => {
    const shared = JSON.parse(await readFile('rules-schema/examples/cooperative.charter.json', 'utf8'));
    const encoded = encodeShareLink(shared);
    if (!encoded.ok) throw new Error('too long for a link');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(inject('appUrl') + encoded.fragment);
    await page.locator('.review-banner').waitFor();
    const status = page.locator('.save-state');
    await expect(status.textContent()).resolves.toBe('Read-only copy: not saved');
    await expect(status.getAttribute('title')).resolves.toBe(
      'A shared copy under review is never saved in this browser. Open a copy to edit it.',
    );
    await page.getByLabel('Language').selectOption('ko');
    await page.locator('.save-state', { hasText: '읽기 전용 사본: 저장되지 않음' }).waitFor();
    await page.getByLabel('언어').selectOption('en');
    // Once it is the user's own copy, it is saved like any work.
    await page.getByRole('button', { name: 'Open a copy to edit' }).click();
    await page.locator('.palette').waitFor();
    await page.locator('.save-state[data-pending="false"]', { hasText: 'Saved in this browser' }).waitFor();
    await context.close();
  });
});
