// "New" asks what the founder is deciding, who decides, by which rule, how fast and where it runs, and builds the rules.
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

describe('guided start', () => {
  it('builds a token vote with Uniswap’s 4% quorum on the governor, refuses the Safe with the reason, and Undo brings the template back', async () => {
    const { page, context } = await openApp(browser);
    const name = await page.locator('.document-name').textContent();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New rules' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Spending from the treasury/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /Token holders/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /4% quorum, like Uniswap/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /In about a week/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    // A Safe is signed by signers, not token holders: offered, but disabled, with the reason beside it.
    const safe = dialog.getByRole('radio', { name: /^Safe/ });
    await expect(safe.isDisabled()).resolves.toBe(true);
    await expect(
      dialog
        .locator('.guided-choice')
        .filter({ has: page.locator('input[value="safe"]') })
        .textContent(),
    ).resolves.toContain('A Safe is signed by a fixed list of signers');
    await dialog.getByRole('radio', { name: /OpenZeppelin Governor/ }).check();
    await page.screenshot({ path: 'test-results/screenshots/guide-start-en.png' });
    await dialog.getByRole('button', { name: 'Build these rules' }).click();
    await expect(dialog.count()).resolves.toBe(0);
    await expect
      .poll(() => page.locator('.document-name').textContent(), { timeout: 10_000 })
      .toBe('New rules');
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(6);
    await expect(
      page.locator('.node-card[data-kind="majority-vote"] .node-summary').textContent(),
    ).resolves.toContain('4% quorum');
    await expect(
      page.locator('.node-card[data-kind="timelock"] .node-summary').textContent(),
    ).resolves.toContain('2 days');
    // What only the founder knows is asked for in Problems: the token.
    await expect
      .poll(() => page.locator('.problems-count').getAttribute('data-errors'), { timeout: 10_000 })
      .not.toBe('0');
    await expect(page.locator('.problem[data-node-id="voters"]').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screenshots/guide-built-en.png' });
    await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator('.document-name').textContent(), { timeout: 10_000 }).toBe(name);
    await expect(page.locator('.react-flow__node[data-id="delay"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('two-thirds by token holders runs on Aragon: the governor and Snapshot say why not', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New rules' });
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /Two-thirds/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByRole('radio', { name: /OpenZeppelin Governor/ }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(dialog.getByRole('radio', { name: /^Snapshot/ }).isDisabled()).resolves.toBe(true);
    // The answer moved to a place that runs the rules.
    await expect(dialog.getByRole('radio', { name: /Aragon DAO/ }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Build these rules' }).click();
    await expect
      .poll(() => page.locator('.node-card[data-kind="execute"]').count(), { timeout: 10_000 })
      .toBe(1);
    await expect(page.locator('.node-card[data-kind="timelock"]').count()).resolves.toBe(0);
    await context.close();
  });

  it('Start empty clears the canvas as one edit, in Korean too', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    await page.getByRole('button', { name: '새로 만들기', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '새 규칙' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '다음' }).click();
    await page.screenshot({ path: 'test-results/screenshots/guide-start-ko.png' });
    await dialog.getByRole('button', { name: '빈 캔버스로 시작' }).click();
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: 10_000 }).toBe(0);
    await page.locator('.toolbar').getByRole('button', { name: '실행 취소', exact: true }).click();
    await expect
      .poll(() => page.locator('.react-flow__node').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await context.close();
  });

  it('a template replaces unexported work only after asking, and Undo brings the work back', async () => {
    const { page, context } = await openApp(browser);
    const title = page.locator('.react-flow__node[data-id="vote"] .node-title');
    await title.dblclick();
    await page.getByLabel('Node label').fill('My own vote');
    await page.getByLabel('Node label').press('Enter');
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.locator('[data-template="cooperative"]').click();
    const ask = page.getByRole('dialog', { name: 'Replace the current rules?' });
    await expect(ask.textContent()).resolves.toContain('stay in undo');
    await ask.getByRole('button', { name: 'Replace' }).click();
    await page.locator('.react-flow__node[data-id="members"]').waitFor();
    await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe('My own vote');
    await context.close();
  });

  it('fits a 1024×700 window in the dark theme, every choice and button in view', async () => {
    const { page, context } = await openApp(browser, {
      colorScheme: 'dark',
      locale: 'ko-KR',
      viewport: { width: 1024, height: 700 },
    });
    await page.getByRole('button', { name: '새로 만들기', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '새 규칙' });
    await dialog.waitFor();
    for (let step = 0; step < 4; step++) await dialog.getByRole('button', { name: '다음' }).click();
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    await expect(dialog.getByRole('button', { name: '이 규칙 만들기' }).isVisible()).resolves.toBe(true);
    // The dialog takes the dark theme's colours: its background is dark.
    const background = await dialog.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(26, 30, 38)');
    await page.screenshot({ path: 'test-results/screenshots/guide-start-ko-dark-1024.png' });
    await context.close();
  });
});
