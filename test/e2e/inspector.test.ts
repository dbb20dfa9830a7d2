import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const summary = (page: Page) => page.locator('[data-id="vote"] .node-summary').textContent();
const problems = (page: Page) =>
  page.waitForFunction(() => {
    const panel = document.querySelector('.problems');
    if (panel?.getAttribute('data-checked') !== 'true') return false;
    return (
      [...panel.querySelectorAll('.problem')].map((p) => p.getAttribute('data-code')).join(',') || 'none'
    );
  });

describe('the inspector', () => {
  it('edits a parameter: the node and the problems follow, and undo and redo step through the edits', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('[data-id="vote"] .node-title').click();
    const inspector = page.locator('.inspector');
    await expect(inspector.getByLabel('Label').inputValue()).resolves.toBe('Token vote');

    // Quorum 4% → 0%: the card says so and the zero-quorum warning appears.
    const quorum = inspector.locator('[data-field="params.quorum"] input');
    await quorum.fill('0');
    await quorum.press('Enter');
    await expect(summary(page)).resolves.toBe('0% quorum · 5 days 14 hours 24 minutes');
    await expect((await problems(page)).jsonValue()).resolves.toBe('quorum-zero');

    // Voting period in days: 2 days.
    const period = inspector.locator('[data-field="params.votingPeriod"]');
    await period.getByLabel('Voting period unit').selectOption('days');
    await period.locator('input').fill('2');
    await period.locator('input').press('Enter');
    await expect(summary(page)).resolves.toBe('0% quorum · 2 days');

    // A value that does not parse is shown as an error and changes nothing.
    await quorum.fill('150');
    await quorum.press('Enter');
    await expect(
      inspector.locator('[data-field="params.quorum"] .field-error').first().textContent(),
    ).resolves.toContain('100');
    await expect(summary(page)).resolves.toBe('0% quorum · 2 days');

    // Undo twice (toolbar, then keyboard), redo once.
    await page.locator('.react-flow__pane').click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(summary(page)).resolves.toBe('0% quorum · 5 days 14 hours 24 minutes');
    await page.keyboard.press('Control+z');
    await expect(summary(page)).resolves.toBe('4% quorum · 5 days 14 hours 24 minutes');
    await expect((await problems(page)).jsonValue()).resolves.toBe('none');
    await page.keyboard.press('Control+Shift+z');
    await expect(summary(page)).resolves.toBe('0% quorum · 5 days 14 hours 24 minutes');
    await expect((await problems(page)).jsonValue()).resolves.toBe('quorum-zero');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(summary(page)).resolves.toBe('0% quorum · 2 days');
    await expect(page.getByRole('button', { name: 'Redo' }).isDisabled()).resolves.toBe(true);

    // The inspector shows the undone value too.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('[data-id="vote"] .node-title').click();
    await expect(inspector.locator('[data-field="params.votingPeriod"] input').inputValue()).resolves.toBe(
      '8064',
    );
    await context.close();
  });

  it('checks an address as it is typed, and stores it checksummed', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('[data-id="uni"] .node-title').click();
    const field = page.locator('.inspector [data-field="params.token.address"]');
    const input = field.locator('input');
    await input.fill('0x1f9840a85d5af5bf1d1762f925bdaddc4201f98');
    await input.press('Enter');
    await expect(field.locator('.field-error').first().textContent()).resolves.toContain('is not an address');
    await input.fill('0x1F9840a85d5aF5bf1D1762F925BDADdC4201F984'.toLowerCase());
    await input.press('Enter');
    await expect(input.inputValue()).resolves.toBe('0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984');
    await context.close();
  });
});
