import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autosaveRecords } from './autosave-idb.ts';
import { launchBrowser, openApp } from './browser.ts';
import { autosaved, renameNode } from './page-actions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The label of node `delay` in each stored version, by version number. */
function delayLabels(records: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(records)
      .filter(([key]) => key.startsWith('version:'))
      .map(([key, value]) => {
        const nodes = (value as { document: { nodes: { id: string; label?: string }[] } }).document.nodes;
        return [key, nodes.find((node) => node.id === 'delay')?.label ?? ''];
      }),
  );
}

describe('versioned autosave', () => {
  it('keeps the newest five versions, each one whole', async () => {
    const { page, context } = await openApp(browser);
    for (let edit = 1; edit <= 7; edit++) {
      await renameNode(page, 'delay', `Edit ${edit}`);
      await autosaved(page);
    }
    const records = await autosaveRecords(page);
    expect(delayLabels(records)).toEqual({
      'version:3': 'Edit 3',
      'version:4': 'Edit 4',
      'version:5': 'Edit 5',
      'version:6': 'Edit 6',
      'version:7': 'Edit 7',
    });
    expect(records.head).toEqual({ seq: 7 });
    await context.close();
  });

  it('a write the browser refuses leaves the last good copy, which opens on reload', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'delay', 'Last good copy');
    await autosaved(page);
    const before = await autosaveRecords(page);
    // Storage full: every write is refused as over the quota. (Chromium's quota override is not read again by a
    // page that has written already, so the refusal is made in the page.)
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await renameNode(page, 'delay', 'Refused by the browser');
    await page.locator('.save-state[data-failure="quota"]').waitFor();
    await expect(autosaveRecords(page)).resolves.toEqual(before);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.locator('[data-id="delay"] .node-title').textContent()).resolves.toBe('Last good copy');
    await context.close();
  });
});
