import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { renameNode } from './page-actions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Sets this page's origin's storage quota (Chromium's DevTools protocol); no size gives the browser's own back. */
async function setQuota(page: Page, quotaSize?: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const origin = new URL(inject('appUrl')).origin;
  await session.send(
    'Storage.overrideQuotaForOrigin',
    quotaSize === undefined ? { origin } : { origin, quotaSize },
  );
  // Not detached: closing the session ends the override.
}

describe('autosave when the browser’s storage is full', () => {
  it('says the edit is not saved, keeps it marked, and saves again once there is room', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(inject('appUrl'));
    await page.locator('.react-flow__node').first().waitFor();
    await setQuota(page, 1);
    const status = page.locator('.save-state');
    await renameNode(page, 'delay', 'Edit that cannot be stored');
    await page.locator('.save-state[data-failure="quota"]').waitFor();
    await expect(status.textContent()).resolves.toBe('Not saved: browser storage is full');
    await expect(status.getAttribute('data-pending')).resolves.toBe('true');
    await expect(status.getAttribute('title')).resolves.toContain('Export the document to keep them');
    // Closing the page now would lose the edit: the browser is asked to warn.
    const warns = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(warns).toBe(true);
    // In Korean too.
    await page.getByLabel('Language').selectOption('ko');
    await page.waitForFunction(() =>
      document.querySelector('.save-state')?.textContent?.startsWith('저장되지 않음'),
    );
    await expect(status.textContent()).resolves.toBe('저장되지 않음: 브라우저 저장 공간이 가득 찼습니다');
    await page.getByLabel('언어').selectOption('en');

    // Room again: the next edit is written, and a reload restores it.
    await setQuota(page);
    await renameNode(page, 'delay', 'Stored after all');
    await page.locator('.save-state[data-pending="false"]:not([data-failure])').waitFor();
    await expect(status.textContent()).resolves.toContain('Saved in this browser');
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.locator('[data-id="delay"] .node-title').textContent()).resolves.toBe(
      'Stored after all',
    );
    await context.close();
  });
});
