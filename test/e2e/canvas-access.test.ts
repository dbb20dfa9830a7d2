import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../bench/generate-document.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The canvas's viewport transform as React Flow draws it: offset and zoom. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const matrix = new DOMMatrix(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    );
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

/** Waits until the viewport has stopped moving (the fit after a document opens) and returns it. */
async function settledViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  let last = await viewport(page);
  for (;;) {
    await page.waitForTimeout(250);
    const now = await viewport(page);
    if (now.x === last.x && now.y === last.y && now.zoom === last.zoom) return now;
    last = now;
  }
}

function boxesOverlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function nodeBoxes(page: Page) {
  return Promise.all(
    (await page.locator('.react-flow__node').all()).map(async (node) => (await node.boundingBox())!),
  );
}

/** Drags from the centre of one element to a point, as a user draws a connection. */
async function dragTo(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

describe('a readable canvas', () => {
  it('fits the template at a readable size, clear of the minimap, and the minimap folds away', async () => {
    const { page, context } = await openApp(browser);
    const view = await settledViewport(page);
    expect(view.zoom).toBeGreaterThanOrEqual(0.76);
    // Card text on screen: at least 11 px for the summary, the title larger.
    const sizes = await page.evaluate(() => ({
      title: document.querySelector('.node-title')!.getBoundingClientRect().height,
      summary: Number.parseFloat(getComputedStyle(document.querySelector('.node-summary')!).fontSize),
    }));
    expect(sizes.summary * view.zoom).toBeGreaterThanOrEqual(11);
    const minimap = page.getByRole('img', { name: 'Minimap' });
    const mapBox = (await minimap.boundingBox())!;
    for (const box of await nodeBoxes(page)) expect(boxesOverlap(box, mapBox)).toBe(false);
    await page.getByRole('button', { name: 'Hide the minimap' }).click();
    await expect(minimap.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Show the minimap' }).waitFor();
    await context.close();
  });

  it('does not scroll the page with Preview open, and a panel area can take the canvas’s room and give it back', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 60_000 });
    const scroll = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
    }));
    expect(scroll.page).toBeLessThanOrEqual(scroll.window);
    const bottom = page.getByRole('region', { name: 'Panels', exact: true });
    const before = (await bottom.boundingBox())!.height;
    await bottom.getByRole('button', { name: 'Maximise panels' }).click();
    await page.locator('.react-flow').waitFor({ state: 'hidden' });
    expect((await bottom.boundingBox())!.height).toBeGreaterThan(before * 2);
    await bottom.getByRole('button', { name: 'Restore panels' }).click();
    await page.locator('.react-flow').waitFor({ state: 'visible' });
    expect((await bottom.boundingBox())!.height).toBe(before);
    await context.close();
  });

  it('keeps the toolbar whole at 1024×700: the document name shows and no control covers another', async () => {
    const { page, context } = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    const name = (await page.locator('.document-name').boundingBox())!;
    expect(name.width).toBeGreaterThan(60);
    expect(name.x + name.width).toBeLessThanOrEqual(1024);
    const toolbar = page.getByRole('banner');
    const controls = await Promise.all(
      (await toolbar.locator('button:visible, select:visible').all()).map(
        async (c) => (await c.boundingBox())!,
      ),
    );
    for (const [i, a] of controls.entries()) {
      expect(a.x + a.width).toBeLessThanOrEqual(1024);
      for (const b of controls.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
      expect(boxesOverlap(a, name)).toBe(false);
    }
    await context.close();
  });
});

describe('wiring', () => {
  it('draws ports 15 px wide that take a press 14 px from their centre', async () => {
    const { page, context } = await openApp(browser);
    await settledViewport(page);
    const port = page.getByRole('button', { name: 'Output “Passed” (proposal flow) of Token vote' });
    const box = (await port.boundingBox())!;
    const zoom = (await viewport(page)).zoom;
    expect(box.width / zoom).toBeCloseTo(15, 0);
    const hit = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('.react-flow__handle')?.getAttribute('data-handleid'),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 - 14 * zoom },
    );
    expect(hit).toBe('passed');
    await context.close();
  });

  it('shows an “Add a branch” output on a new router and stage node, and connecting from it adds the branch', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Add Stages' }).click();
    const add = page.getByRole('button', { name: 'Output “Add a branch” (proposal flow) of Stages' });
    await add.waitFor();
    await page.getByRole('button', { name: 'Add Route by type' }).click();
    await page
      .getByRole('button', { name: 'Output “Add a branch” (proposal flow) of Route by type' })
      .waitFor();
    const edges = await page.locator('.react-flow__edge').count();
    // By keyboard: Enter on the port, then the target. Escape closes the menu and gives focus back to the port.
    await add.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Connect “Add a branch” of Stages to…' });
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-handleid') === '+branch');
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await expect(
      menu
        .getByRole('menuitem')
        .first()
        .evaluate((item) => item === document.activeElement),
    ).resolves.toBe(true);
    await menu.getByRole('menuitem', { name: '“Proposal in” of Execute' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length === n + 1, edges);
    await page.getByRole('button', { name: 'Output “Stage 1” (proposal flow) of Stages' }).waitFor();
    // Focus is back on the port it started from.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-handleid') === '+branch');
    // Renamed in the inspector, the branch keeps its edge: it is still drawn, from the renamed port.
    await page
      .getByRole('group', { name: /^Stages \(Stages\)/ })
      .locator('.node-kind')
      .click();
    const stageId = page.getByRole('textbox', { name: 'Stage id' });
    await stageId.fill('core-team');
    await stageId.press('Tab');
    await page.locator('[data-id="stage"] .react-flow__handle[data-handleid="core-team"]').waitFor();
    // Drawn again from the renamed port once React Flow has measured it.
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length === n + 1, edges);
    // One undo takes back the rename with its edge, another the branch and its edge.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('[data-id="stage"] .react-flow__handle[data-handleid="stage"]').waitFor();
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(edges + 1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__edge').length === n, edges);
    await expect(
      page.getByRole('button', { name: 'Output “Stage 1” (proposal flow) of Stages' }).count(),
    ).resolves.toBe(0);
    await context.close();
  });

  it('says why a connection dropped on no port was not made, in English and Korean', async () => {
    for (const [locale, text] of [
      ['en-US', 'Not connected: the connection was dropped on no port.'],
      ['ko-KR', '연결되지 않았습니다: 포트가 아닌 곳에 놓았습니다.'],
    ] as const) {
      const { page, context } = await openApp(browser, { locale });
      await settledViewport(page);
      const port = page.locator('[data-id="vote"] .react-flow__handle[data-handleid="failed"]');
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      await dragTo(page, port, { x: pane.x + 20, y: pane.y + 8 });
      await page.locator('.toast-error', { hasText: text }).waitFor();
      await context.close();
    }
  });
});

describe('keyboard and screen readers', () => {
  it('names every node and port, in the interface language, and lets every port take focus', async () => {
    for (const [locale, port] of [
      ['en-US', 'Output “Passed” (proposal flow) of Token vote'],
      ['ko-KR', 'Token vote의 출력 “가결” (제안 흐름)'],
    ] as const) {
      const { page, context } = await openApp(browser, { locale });
      const unnamed = await page
        .locator('.react-flow__node')
        .evaluateAll((nodes) => nodes.filter((node) => !node.getAttribute('aria-label')?.trim()).length);
      expect(unnamed).toBe(0);
      await page
        .getByRole('group', { name: 'Token vote (Majority vote)' })
        .or(page.getByRole('group', { name: 'Token vote (다수결 투표)' }))
        .waitFor();
      const handles = await page
        .locator('.react-flow__handle')
        .evaluateAll((all) => all.map((h) => [h.getAttribute('aria-label') ?? '', h.tabIndex]));
      expect(handles.length).toBeGreaterThan(10);
      for (const [name, tabIndex] of handles) {
        expect(name).not.toBe('');
        expect(tabIndex).toBe(0);
      }
      await page.getByRole('button', { name: port }).waitFor();
      await context.close();
    }
  });

  it('moves a selected node with the arrow keys and deletes it with Delete', async () => {
    const { page, context } = await openApp(browser);
    await settledViewport(page);
    const node = page.getByRole('group', { name: 'Timelock (2 days) (Timelock)' });
    await node.locator('.node-kind').click();
    await page.locator('.react-flow__node.selected[data-id="delay"]').waitFor();
    const before = (await node.boundingBox())!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (x) => document.querySelector('[data-id="delay"]')!.getBoundingClientRect().x > x + 5,
      before.x,
    );
    const count = await page.locator('.react-flow__node').count();
    await page.keyboard.press('Delete');
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length === n - 1, count);
    await context.close();
  });

  it('puts each clicked-in node on a free spot', async () => {
    const { page, context } = await openApp(browser);
    await settledViewport(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add Timelock' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 9);
    await page.waitForTimeout(200);
    const boxes = await nodeBoxes(page);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    await context.close();
  });

  it('keeps the view still when a node is dropped after a reload, also on an empty canvas', async () => {
    const { page, context } = await openApp(browser);
    await settledViewport(page);
    for (const empty of [false, true]) {
      if (empty) {
        // New opens the guided start; Start empty replaces the canvas as one undoable step.
        await page.getByRole('button', { name: 'New', exact: true }).click();
        await page.getByRole('button', { name: 'Start empty', exact: true }).click();
        await page.getByText('Drag a Proposal node here to start, or open a template.').waitFor();
      }
      await page.waitForFunction(
        () => document.querySelector('.save-state')?.getAttribute('data-pending') === 'false',
      );
      await page.reload();
      await page.locator('.react-flow__pane').waitFor();
      if (empty) await page.getByText('Drag a Proposal node here to start, or open a template.').waitFor();
      else await page.locator('.react-flow__node').first().waitFor();
      const before = await settledViewport(page);
      const count = await page.locator('.react-flow__node').count();
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      await page.getByRole('button', { name: 'Add Proposal' }).dragTo(page.locator('.react-flow__pane'), {
        targetPosition: { x: pane.width / 2, y: pane.height - 60 },
      });
      await page.waitForFunction(
        (n) => document.querySelectorAll('.react-flow__node').length === n + 1,
        count,
      );
      expect(await settledViewport(page)).toEqual(before);
    }
    await context.close();
  });

  it('draws node and palette icons as pictures, not font symbols', async () => {
    const { page, context } = await openApp(browser);
    const glyphs = await page
      .locator('.node-glyph, .palette-icon')
      .evaluateAll((all) => all.map((glyph) => [glyph.tagName.toLowerCase(), glyph.textContent ?? '']));
    expect(glyphs.length).toBeGreaterThan(20);
    for (const [tag, text] of glyphs) {
      expect(tag).toBe('svg');
      expect(text).toBe('');
    }
    await context.close();
  });

  it('opens a graph of 600 nodes readably from its start, and deletes a whole selection of it', async () => {
    const { page, context } = await openApp(browser);
    const document = generateDocument(600);
    await page.locator('#import-file').setInputFiles({
      name: 'big.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    const first = page.getByRole('group', { name: 'p0 (Proposal)' });
    await first.waitFor();
    const view = await settledViewport(page);
    expect(view.zoom).toBeGreaterThanOrEqual(0.76);
    // The start of the graph is on screen, inside the canvas.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const box = (await first.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.y).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    // Select all and Delete removes every node, not only those drawn; one undo brings them back.
    await first.locator('.node-kind').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.getByText('Drag a Proposal node here to start, or open a template.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await first.waitFor();
    await context.close();
  });
});
