import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadedBytes, launchBrowser, openApp } from './browser.ts';
import { autosaved, renameNode } from './page-actions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function exportText(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), text: (await downloadedBytes(download)).toString('utf8') };
}

describe('documents', () => {
  it('exports a document that imports back to the same document', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'vote', 'Token vote <b>bold</b> & "quoted"');
    const first = await exportText(page);
    expect(first.name).toBe('token-governor-uniswap-numbers-openzeppelin-governor.charter.json');
    expect(JSON.parse(first.text).nodes.find((node: { id: string }) => node.id === 'vote').label).toBe(
      'Token vote <b>bold</b> & "quoted"',
    );
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('button', { name: 'Start empty', exact: true }).click();
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(0);
    await page.locator('#import-file').setInputFiles({
      name: first.name,
      mimeType: 'application/json',
      buffer: Buffer.from(first.text),
    });
    await page.locator('.react-flow__node').first().waitFor();
    // Wait for this import's toast: an earlier toast may still be on screen.
    await page.locator('.toast', { hasText: `Imported ${first.name}.` }).waitFor();
    const second = await exportText(page);
    expect(second.text).toBe(first.text);
    // The label is text on the canvas, not markup.
    await expect(page.locator('[data-id="vote"] .node-title').textContent()).resolves.toBe(
      'Token vote <b>bold</b> & "quoted"',
    );
    await context.close();
  });

  it('refuses a broken file, says why, and leaves the graph as it was', async () => {
    const { page, context } = await openApp(browser);
    const before = await page.locator('.react-flow__node').count();
    await page.locator('#import-file').setInputFiles({
      name: 'broken.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"charter": "1", "nodes": [ {"id": "a"'),
    });
    const toast = page.locator('.toast-error');
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toMatch(/^Could not import broken\.charter\.json: .*line 1/);
    await page.locator('#import-file').setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name": "not-rules"}'),
    });
    // The first file's toast is still on screen: wait for the second one's, not the last one there now.
    const second = page.locator('.toast-error', { hasText: 'Could not import package.json' });
    await second.waitFor();
    await expect(second.textContent()).resolves.toBe(
      'Could not import package.json: The document has no "nodes" list.',
    );
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(before);
    await expect(page.locator('.document-name').textContent()).resolves.toContain('Token governor');
    await context.close();
  });

  it('opens a file dropped on the window, asking first when work would be lost', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'vote', 'Changed');
    const text = await readFile('rules-schema/examples/cooperative.charter.json', 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'cooperative.charter.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, text);
    const dialog = page.getByRole('dialog', { name: 'Replace the current rules?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.waitForFunction(() => document.querySelector('.document-name')?.textContent !== '');
    await expect(page.locator('.document-name').textContent()).resolves.toBe(JSON.parse(text).name);
    await context.close();
  });

  it('restores the autosaved graph after a reload', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'delay', 'Two-day wait');
    await autosaved(page);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await expect(page.locator('[data-id="delay"] .node-title').textContent()).resolves.toBe('Two-day wait');
    await page.locator('.toast', { hasText: /^Restored your last session/ }).waitFor();
    await context.close();
  });
});
