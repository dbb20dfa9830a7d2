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

const nodeIds = (page: Page) =>
  page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));

describe('editing comforts', () => {
  it('copies, pastes and duplicates with new ids; deletes a multi-selection as one undo step', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('[data-id="delay"] .node-title').click();
    await page.locator('[data-id="run"] .node-title').click({ modifiers: ['Control'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(nodeIds(page)).resolves.toEqual([
      'propose',
      'uni',
      'vote',
      'delay',
      'run',
      'stop',
      'delay-2',
      'run-2',
    ]);
    // The copies keep the edge between them.
    await expect(page.locator('.react-flow__edge[data-id="delay-2.out-run-2"]').count()).resolves.toBe(1);
    await page.keyboard.press('Control+d');
    await expect(nodeIds(page)).resolves.toContain('delay-3');

    // Ctrl-click two of the originals, delete both: one undo brings both back with their edges.
    const edgesBefore = await page.locator('.react-flow__edge').count();
    await page.locator('[data-id="vote"] .node-title').click();
    await page.locator('[data-id="stop"] .node-title').click({ modifiers: ['Control'] });
    await page.keyboard.press('Delete');
    await expect(nodeIds(page)).resolves.not.toContain('vote');
    await expect(nodeIds(page)).resolves.not.toContain('stop');
    await page.keyboard.press('Control+z');
    await expect(nodeIds(page)).resolves.toContain('vote');
    await expect(nodeIds(page)).resolves.toContain('stop');
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(edgesBefore);
    await context.close();
  });

  it('moves a node by dragging, as one undo step, snapped to the grid', async () => {
    const { page, context } = await openApp(browser);
    const node = page.locator('[data-id="stop"]');
    const before = (await node.boundingBox())!;
    await page.mouse.move(before.x + 40, before.y + 50);
    await page.mouse.down();
    await page.mouse.move(before.x + 140, before.y + 120, { steps: 12 });
    await page.mouse.up();
    const after = (await node.boundingBox())!;
    expect(after.x - before.x).toBeGreaterThan(60);
    const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
    const [x, y] = transform.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect([x! % 10, y! % 10]).toEqual([0, 0]);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    const undone = (await node.boundingBox())!;
    expect(Math.round(undone.x)).toBe(Math.round(before.x));
    expect(Math.round(undone.y)).toBe(Math.round(before.y));
    await context.close();
  });

  it('lays the graph out, and lists the shortcuts in a help overlay', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await page.waitForTimeout(400);
    const boxes = await page.locator('.react-flow__node').evaluateAll((nodes) =>
      nodes.map((node) => {
        const r = node.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await expect(help.locator('tr').count()).resolves.toBeGreaterThan(10);
    await expect(help.textContent()).resolves.toContain('Ctrl+Z');
    await page.keyboard.press('Escape');
    await expect(help.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('reaches every toolbar control and node by keyboard, each with a name', async () => {
    const { page, context } = await openApp(browser);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input:not([type=hidden]):not([hidden])')]
        .filter((el) => !(el as HTMLElement).closest('[hidden]'))
        .filter((el) => {
          const label =
            el.getAttribute('aria-label') ||
            el.textContent?.trim() ||
            (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
            el.getAttribute('title');
          return !label;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    // Tab into the canvas: nodes take focus, and Enter on a focused title renames it.
    await page.locator('[data-id="vote"] .node-title').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Node label').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('gives the panels more room when the splitter is dragged or moved by keyboard, and remembers it', async () => {
    const { page, context } = await openApp(browser);
    const panels = page.locator('.panel-area.bottom');
    const before = (await panels.boundingBox())!.height;
    const splitter = page.getByRole('separator', { name: 'Resize the panels' });
    const bar = (await splitter.boundingBox())!;
    await page.mouse.move(bar.x + 200, bar.y + 3);
    await page.mouse.down();
    await page.mouse.move(bar.x + 200, bar.y - 97, { steps: 5 });
    await page.mouse.up();
    expect(Math.round((await panels.boundingBox())!.height - before)).toBe(100);
    await splitter.focus();
    await page.keyboard.press('ArrowDown');
    expect(Math.round((await panels.boundingBox())!.height - before)).toBe(76);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    expect(Math.round((await page.locator('.panel-area.bottom').boundingBox())!.height - before)).toBe(76);
    await context.close();
  });

  it('follows the system theme, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openApp(browser, { colorScheme });
      await expect(page.locator('.app').getAttribute('data-theme')).resolves.toBe(colorScheme);
      await page.locator('[data-id="vote"] .node-title').click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/screenshots/editor-${colorScheme}.png` });
      const background = await page
        .locator('.toolbar')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(26, 30, 38)' : 'rgb(255, 255, 255)');
      await context.close();
    }
  });
});
