// The Korean interface is Korean where Review, a card's problem badge and the shortcut help speak; and screenshots
// of Review and Problems in both themes and at two window sizes, for a person to look at.
import { mkdir } from 'node:fs/promises';
import LZString from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { keccak256, stringToBytes } from 'viem';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const hangul = /[\uac00-\ud7a3]/;
const fallback = /\(으\)로|이\(가\)|을\(를\)|은\(는\)|와\(과\)|과\(와\)/;
const english = /\b(must|the|is not|has no|cannot)\b/i;

/** Deletes the template's Stop node, so one proposal's exit goes nowhere: a problem on a card, in Problems and Review. */
async function breakRules(page: Page): Promise<void> {
  await page.locator('[data-id="stop"] .node-title').click();
  await page.keyboard.press('Delete');
  await page
    .getByRole('region', { name: '문제' })
    .getByText('출구로 나간 제안이 갈 곳이 없습니다')
    .first()
    .waitFor();
}

describe('Korean review, badge and shortcut help', () => {
  it('says the problems in Korean on the badge and in Review', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await breakRules(page);
    const badge = page.locator('.node-badge.badge-error').first();
    const tooltip = (await badge.getAttribute('title')) ?? '';
    expect(tooltip).toMatch(hangul);
    expect(tooltip).not.toMatch(english);
    await page.getByRole('tab', { name: '검토', exact: true }).click();
    const summary = page.getByRole('region', { name: '요약' });
    await summary.getByText('다음 문제를 고치기 전에는 규칙을 요약할 수 없습니다:').waitFor();
    const items = await summary.getByRole('listitem').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatch(hangul);
      expect(item).not.toMatch(english);
      expect(item).not.toMatch(fallback);
    }
    await context.close();
  });

  it('says in Korean why a share link holds no rule document', async () => {
    const json = '{"name":"x"}';
    const link = `#share=1.${keccak256(stringToBytes(json)).slice(2, 10)}.${LZString.compressToEncodedURIComponent(json)}`;
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('appUrl') + link);
    const dialog = page.getByRole('dialog', { name: '이 공유 링크를 열 수 없습니다' });
    await dialog.waitFor();
    await expect(dialog.locator('p').textContent()).resolves.toBe(
      '링크에 올바른 규칙 문서가 없습니다: 문서에 "nodes" 목록이 없습니다. 링크의 내용은 아무것도 불러오지 않았고, 내 작업이 그대로 열려 있습니다.',
    );
    await context.close();
  });

  it('tells that Enter on a port opens the connect menu', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '단축키' });
    await expect(help.getByRole('row', { name: 'Enter 포트에서: 연결할 대상 고르기' }).count()).resolves.toBe(
      1,
    );
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    for (const viewport of [
      { width: 1024, height: 700 },
      { width: 1440, height: 900 },
    ])
      it(`shows Review and Problems readably in ${colorScheme} at ${viewport.width}×${viewport.height}`, async () => {
        const { page, context } = await openApp(browser, { locale: 'ko-KR', colorScheme, viewport });
        await mkdir('test-results/korean', { recursive: true });
        const name = `test-results/korean/${colorScheme}-${viewport.width}x${viewport.height}`;
        await page.getByRole('tab', { name: '검토', exact: true }).click();
        await page.getByRole('region', { name: '요약' }).getByRole('button').first().waitFor();
        await page.screenshot({ path: `${name}-review-valid.png` });
        await expect(page.locator('.review-panel').textContent()).resolves.not.toMatch(fallback);
        await page.getByRole('tab', { name: '속성', exact: true }).click();
        await breakRules(page);
        await page.screenshot({ path: `${name}-problems.png` });
        await page.getByRole('tab', { name: '검토', exact: true }).click();
        await page.locator('.review-panel').waitFor();
        await page.screenshot({ path: `${name}-review.png` });
        // Nothing on the page scrolls the window, and no text in the panel says a particle both ways.
        await expect(page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).resolves.toBe(
          true,
        );
        await expect(page.locator('.review-panel').textContent()).resolves.not.toMatch(fallback);
        await context.close();
      });
});
