import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a share link that unpacks to more than a document may hold', () => {
  it('is refused with the reason, in English and Korean, and the app opens on the user’s work', async () => {
    // 6,255 characters that unpack to six million “a”: over the 5 MB a document may have.
    const payload = (await readFile('test/fixtures/share-links/six-million-a.payload.txt', 'utf8')).trim();
    const governor = JSON.parse(await readFile('rules-schema/examples/token-governor.charter.json', 'utf8'));
    const cases = [
      {
        locale: 'en-US',
        title: 'This share link could not be opened',
        reason: 'The link unpacks to more than the 5 MB a rule document may have',
      },
      { locale: 'ko-KR', title: undefined, reason: '링크를 풀면 규칙 문서 최대 크기인 5MB를 넘으므로' },
    ];
    for (const { locale, title, reason } of cases) {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      await page.goto(`${inject('appUrl')}#share=1.00000000.${payload}`);
      const dialog = title ? page.getByRole('dialog', { name: title }) : page.getByRole('dialog');
      await dialog.waitFor();
      await expect(dialog.locator('p').textContent()).resolves.toContain(reason);
      await dialog.getByRole('button').last().click();
      await page.locator('.react-flow__node').first().waitFor();
      await expect(page.locator('.document-name').textContent()).resolves.toBe(governor.name);
      await expect(page.locator('.review-banner').count()).resolves.toBe(0);
      await expect(page.evaluate(() => location.hash)).resolves.toBe('');
      await context.close();
    }
  });
});
