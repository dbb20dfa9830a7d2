// What a founder sees in a small window and on a busy card: a dropped building block brought into view, branch names
// that no edge runs through, and the preview's choices with their whole words.
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

type Box = { x: number; y: number; width: number; height: number };

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Waits until the view has stopped moving (a fit or a jump animates for 300 ms). */
async function viewSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.locator('.react-flow__viewport').getAttribute('style');
        const still = now === last;
        last = now ?? '';
        return still;
      },
      { interval: 150 },
    )
    .toBe(true);
}

/** Points every 4 px along every edge drawn on the canvas, in page pixels. */
function edgePoints(page: Page): Promise<{ x: number; y: number; edge: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')].flatMap(
      (path) => {
        const matrix = path.getScreenCTM()!;
        const points: { x: number; y: number; edge: string }[] = [];
        const id = path.closest('.react-flow__edge')?.getAttribute('data-id') ?? '';
        for (let at = 0; at <= path.getTotalLength(); at += 4) {
          const point = path.getPointAtLength(at).matrixTransform(matrix);
          points.push({ x: point.x, y: point.y, edge: id });
        }
        return points;
      },
    ),
  );
}

describe('branch names on a card', () => {
  for (const [locale, card, names] of [
    ['en-US', 'Token vote', ['Passed', 'Failed']],
    ['ko-KR', 'Token vote', ['가결', '부결']],
  ] as const)
    it(`sit inside the card, and no edge runs through them (${locale})`, async () => {
      const { page, context } = await openApp(browser, { locale });
      const vote = page.getByRole('group', { name: new RegExp(`^${card} \\(`) });
      await vote.waitFor();
      await viewSettled(page);
      const cardBox = (await vote.boundingBox())!;
      const labels = vote.locator('.port-label');
      await expect(labels.allTextContents()).resolves.toEqual([...names]);
      const boxes = await Promise.all(
        (await labels.all()).map(async (label) => (await label.boundingBox())!),
      );
      for (const box of boxes) expect(inside(box, cardBox)).toBe(true);
      const points = await edgePoints(page);
      expect(points.length).toBeGreaterThan(50);
      const through = points.filter((p) =>
        boxes.some((b) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height),
      );
      expect(through).toEqual([]);
      await context.close();
    });
});

describe('a building block added in a 1024×700 window', () => {
  for (const [locale, block, first, second] of [
    ['en-US', 'Add the block “Vote, wait, execute”', 'Proposals', 'Vote'],
    ['ko-KR', '“투표, 대기, 실행” 블록 추가', '제안 접수', '투표'],
  ] as const)
    it(`is brought into view, its first cards whole on the canvas (${locale})`, async () => {
      const { page, context } = await openApp(browser, { locale, viewport: { width: 1024, height: 700 } });
      await viewSettled(page);
      // Beside the template, the nearest free room for four cards in a row is outside a 576-pixel canvas.
      await page.getByRole('button', { name: block }).click();
      const proposals = page.getByRole('group', { name: new RegExp(`^${first} \\(`) });
      const vote = page.getByRole('group', { name: new RegExp(`^${second} \\(`) });
      await vote.waitFor();
      await viewSettled(page);
      const canvas = (await page
        .getByRole('application', { name: /Rule graph canvas|규칙 그래프 캔버스/ })
        .boundingBox())!;
      expect(inside((await proposals.boundingBox())!, canvas)).toBe(true);
      expect(inside((await vote.boundingBox())!, canvas)).toBe(true);
      // At a zoom where the cards can be read: the title at 11 px or more.
      const size = await proposals
        .locator('.node-title')
        .evaluate(
          (el) =>
            (Number.parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().height) /
            (el as HTMLElement).offsetHeight,
        );
      expect(size).toBeGreaterThanOrEqual(11);
      await context.close();
    });
});

describe('the preview’s scenario choices', () => {
  for (const locale of ['en-US', 'ko-KR'])
    it(`show their whole words in a 1440×900 window (${locale})`, async () => {
      const { page, context } = await openApp(browser, { locale });
      await page.locator('#tab-preview').click();
      const selects = page.locator('#panel-preview .preview-scenario select');
      await selects.first().waitFor();
      const clipped = await selects.evaluateAll((elements) =>
        (elements as HTMLSelectElement[])
          .map((select) => {
            const style = getComputedStyle(select);
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = select.selectedOptions[0]?.text ?? '';
            // The words, the padding and the arrow (about 24 px) must fit in the box.
            const needed = context.measureText(text).width + 24;
            return { text, needed, width: select.getBoundingClientRect().width };
          })
          .filter((s) => s.width < s.needed),
      );
      expect(clipped).toEqual([]);
      await context.close();
    });
});
