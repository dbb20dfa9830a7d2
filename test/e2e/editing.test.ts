import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Drags a port's handle onto another's, as a user connects two nodes. */
async function connectHandles(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

function port(page: Page, nodeId: string, portId: string): Locator {
  return page.locator(
    `.react-flow__node[data-id="${nodeId}"] .react-flow__handle[data-handleid="${portId}"]`,
  );
}

describe('the canvas', () => {
  it('builds a valid path from three nodes dragged from the palette', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('button', { name: 'Start empty', exact: true }).click();
    // The untouched template is in no danger, so no question is asked.
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(0);
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    const drops = [
      ['proposal', 120],
      ['timelock', 420],
      ['execute', 720],
    ] as const;
    for (const [kind, x] of drops) {
      await page
        .locator(`.palette-item[data-kind="${kind}"]`)
        .dragTo(pane, { targetPosition: { x, y: box.height / 2 } });
    }
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(3);
    // Each node lands where it was dropped: left to right in drop order.
    const xs = await Promise.all(
      ['proposal', 'timelock', 'execute'].map(
        async (id) => (await page.locator(`[data-id="${id}"]`).boundingBox())!.x,
      ),
    );
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await expect(page.locator('.problems-count').getAttribute('data-errors')).resolves.not.toBe('0');
    // Execute cannot be reached yet: its card carries a warning badge, and clicking the problem selects it.
    await page.locator('[data-id="execute"] .badge-warning').waitFor();
    await page.locator('.problem[data-node-id="execute"]').first().click();
    await page.locator('.react-flow__node.selected[data-id="execute"]').waitFor();
    await expect(page.locator('.inspector').textContent()).resolves.toContain('Execute');
    // Back to the whole graph (Shift+F) once the centring has ended, to connect the three.
    await page.waitForTimeout(400);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+F');
    await page.waitForTimeout(400);

    await connectHandles(page, port(page, 'proposal', 'out'), port(page, 'timelock', 'in'));
    await connectHandles(page, port(page, 'timelock', 'out'), port(page, 'execute', 'in'));
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(2);
    await page.waitForFunction(
      () => document.querySelector('.problems-count')?.getAttribute('data-errors') === '0',
    );
    await expect(page.locator('.problems-none').textContent()).resolves.toContain('No problems');
    await context.close();
  });

  it('refuses an edge between ports of different types and says why', async () => {
    const { page, context } = await openApp(browser);
    const before = await page.locator('.react-flow__edge').count();
    // The holders' Voters output (an electorate) dragged onto the timelock's proposal input.
    await connectHandles(page, port(page, 'uni', 'voters'), port(page, 'delay', 'in'));
    await expect(page.locator('.react-flow__edge').count()).resolves.toBe(before);
    const toast = page.locator('.toast-error');
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toBe(
      'Refused: this port carries voters, but the other one takes proposal flow. Connect voters to a Voters input, and proposals to a Proposal input.',
    );
    await context.close();
  });

  it('switches the interface, node words included, to Korean', async () => {
    const { page, context } = await openApp(browser);
    await page.getByLabel('Language').selectOption('ko');
    // The palette's groups in Korean: the building blocks first, then the node kinds, proposals first.
    await page.locator('.palette h3', { hasText: '제안' }).first().waitFor();
    await expect(
      page
        .locator('.palette h3')
        .allTextContents()
        .then((headings) => headings.slice(0, 2)),
    ).resolves.toEqual(['조립 블록', '제안']);
    await expect(page.getByRole('button', { name: '내보내기' }).count()).resolves.toBe(1);
    await expect(
      page.locator('.node-card[data-kind="majority-vote"] .node-summary').textContent(),
    ).resolves.toBe('정족수 4% · 5일 14시간 24분');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.getByRole('button', { name: '확대', exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/korean.png' });
    // The choice is remembered.
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.getByRole('tab', { name: '문제' }).count()).resolves.toBe(1);
    await context.close();
  });
});
