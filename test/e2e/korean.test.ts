// The Korean interface speaks Korean where problems are shown, in a font the app ships.
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

describe('Korean interface', () => {
  it('lists problems in Korean and draws Hangul with the bundled Noto Sans KR', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await page.locator('[data-id="stop"] .node-title').click();
    await page.keyboard.press('Delete');
    const problems = page.getByRole('region', { name: '문제' });
    await problems.getByText('출구로 나간 제안이 갈 곳이 없습니다').first().waitFor();
    const messages = await problems.locator('.problem-message').allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/[\uac00-\ud7a3]/);
    expect(messages.join('\n')).not.toMatch(/go nowhere|\(으\)로|을\(를\)/);
    // Hovering a code says what it means, in Korean: the code table's Korean line.
    await expect(problems.locator('.problem-code').first().getAttribute('title')).resolves.toMatch(
      /[\uac00-\ud7a3]/,
    );
    await page.waitForFunction(() =>
      [...document.fonts].some(
        (face) => face.family.includes('Noto Sans KR Variable') && face.status === 'loaded',
      ),
    );
    await context.close();
  });
});
