// Review's summary reads as prose: sentences in paragraphs, with one button per paragraph to show its steps.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the summary in Review', () => {
  it('reads as paragraphs of sentences, and a paragraph’s button shows its steps on the canvas', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Review', exact: true }).click();
    const summary = page.getByRole('region', { name: 'Summary' });
    const paragraphs = summary.getByRole('paragraph');
    await paragraphs.first().waitFor();
    // The sentences are text, not a list of buttons: the only button in a paragraph is its own.
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(0);
    await expect(summary.getByRole('button').count()).resolves.toBe(count);
    await expect(paragraphs.first().textContent()).resolves.toMatch(/\. Show on the canvas$/);
    // The button selects the steps the paragraph is about; the vote is one of them.
    await summary.getByRole('button', { name: 'Show on the canvas' }).first().click();
    await page.locator('.react-flow__node.selected[data-id="vote"]').waitFor();
    await context.close();
  });

  it('in Korean too', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await page.getByRole('tab', { name: '검토', exact: true }).click();
    const summary = page.getByRole('region', { name: '요약' });
    await summary.getByRole('paragraph').first().waitFor();
    await expect(summary.getByRole('button', { name: '캔버스에서 보기' }).count()).resolves.toBe(
      await summary.getByRole('paragraph').count(),
    );
    await context.close();
  });
});
