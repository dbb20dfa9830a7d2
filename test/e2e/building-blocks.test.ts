// The palette's building blocks drop already wired, and the gallery speaks the interface's language.
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

const templateCount = readdirSync(new URL('../../rules-schema/examples/', import.meta.url)).filter((file) =>
  file.endsWith('.charter.json'),
).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const nodeCount = (page: Page) => page.locator('.react-flow__node').count();
const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();
const waitForNodes = (page: Page, n: number) =>
  page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count, n);

async function startEmpty(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'Start empty', exact: true }).click();
  await page.getByText('Drag a Proposal node here to start, or open a template.').waitFor();
}

function overlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('building blocks', () => {
  it('drop wired by click, Enter or drag, each as one undo step, on free room', async () => {
    const { page, context } = await openApp(browser);
    await startEmpty(page);
    const palette = page.getByRole('navigation', { name: 'Nodes' });
    await palette.getByRole('heading', { name: 'Building blocks' }).waitFor();

    // Click: a proposal, a vote, a wait, the execution and a rejection, connected in four edges.
    await palette.getByRole('button', { name: 'Add the block “Vote, wait, execute”' }).click();
    await waitForNodes(page, 5);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 4);
    for (const name of ['Proposals', 'Vote', 'Wait before running', 'Run on chain', 'Rejected'])
      await page.getByRole('group', { name: new RegExp(`^${name} \\(`) }).waitFor();
    // One undo takes the whole block back, one redo brings it again.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await waitForNodes(page, 0);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await waitForNodes(page, 5);
    await expect(edgeCount(page)).resolves.toBe(4);

    // Enter on a focused block adds it beside the first, not on top of it.
    await palette.getByRole('button', { name: 'Add the block “Multisig payout”' }).focus();
    await page.keyboard.press('Enter');
    await waitForNodes(page, 9);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 7);

    // Dragged onto the canvas, a block lands where it is dropped.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await palette
      .getByRole('button', { name: 'Add the block “Signal only”' })
      .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 120, y: pane.height - 80 } });
    await waitForNodes(page, 13);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 10);

    const boxes = await Promise.all(
      (await page.locator('.react-flow__node').all()).map(async (node) => (await node.boundingBox())!),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    await context.close();
  });

  it('compiles with no error once its voters are connected', async () => {
    const { page, context } = await openApp(browser);
    await startEmpty(page);
    await page.getByRole('button', { name: 'Add the block “Vote, wait, execute”' }).click();
    await waitForNodes(page, 5);
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.locator('.problem-error').first().waitFor();

    await page.getByRole('button', { name: 'Add Token holders' }).click();
    await waitForNodes(page, 6);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    const symbol = inspector.getByRole('textbox', { name: 'Symbol' });
    await symbol.fill('GOV');
    await symbol.press('Enter');
    const supply = inspector.getByRole('textbox', { name: 'Total supply' });
    await supply.fill('1000000');
    await supply.press('Enter');

    // Connect by keyboard: Enter on the token holders' output, then the vote's Voters input.
    await page.getByRole('button', { name: 'Output “Voters” (voters) of Token holders' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: '“Voters” of Vote' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 5);
    await page.waitForFunction(
      () =>
        document.querySelector('.problems')?.getAttribute('data-checked') === 'true' &&
        document.querySelector('.problems-count')?.getAttribute('data-errors') === '0',
    );
    await expect(problems.locator('.problem-error').count()).resolves.toBe(0);
    await context.close();
  });

  it('names the blocks in Korean, and their nodes too', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    const palette = page.getByRole('navigation', { name: '노드' });
    await palette.getByRole('heading', { name: '조립 블록' }).waitFor();
    const before = await nodeCount(page);
    await palette.getByRole('button', { name: '“거부권이 있는 투표” 블록 추가' }).click();
    await waitForNodes(page, before + 6);
    for (const name of ['투표', '거부 기간', '실행 전 대기'])
      await expect(page.getByRole('group', { name: new RegExp(`^${name} \\(`) }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('the gallery', () => {
  it('names each template and says what it is in the interface language', async () => {
    for (const [locale, button, title, name] of [
      ['en-US', 'Templates', 'Start from a template', "Token governor (Uniswap's numbers)"],
      ['ko-KR', '템플릿', '템플릿으로 시작하기', '토큰 거버너 (Uniswap 수치)'],
    ] as const) {
      const { page, context } = await openApp(browser, { locale });
      await page.getByRole('button', { name: button, exact: true }).click();
      const gallery = page.getByRole('dialog', { name: title });
      const items = gallery.locator(
        '.gallery-item[data-template]:not([data-template="blank"]):not([data-template="chain-import"])',
      );
      const texts = await items.allTextContents();
      // Every template of rules-schema/examples, each with its own words.
      expect(texts.length).toBe(templateCount);
      for (const text of texts) {
        // No item is cut off mid-sentence as the long descriptions were.
        expect(text).not.toContain('…');
        if (locale === 'ko-KR') expect(text).toMatch(/[\uac00-\ud7a3]{2}.*[\uac00-\ud7a3]{2}/);
      }
      await gallery.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click();
      await gallery.waitFor({ state: 'detached' });
      await context.close();
    }
  });
});
