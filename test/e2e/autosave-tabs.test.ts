import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { autosaveRecords } from './autosave-idb.ts';
import { downloadedBytes, launchBrowser, openApp } from './browser.ts';
import { renameNode } from './page-actions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function autosaved(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.save-state');
    return status?.getAttribute('data-pending') === 'false' && !status.hasAttribute('data-failure');
  });
}

/** A second tab of the same browser profile, opened on the app. */
async function secondTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(inject('appUrl'));
  await page.locator('.react-flow__node').first().waitFor();
  return page;
}

/** The label of a node in the newest stored version (the head). */
async function storedLabel(page: Page, nodeId: string): Promise<string | undefined> {
  const records = await autosaveRecords(page);
  const head = records.head as { seq: number };
  const record = records[`version:${head.seq}`] as { document: { nodes: { id: string; label?: string }[] } };
  return record.document.nodes.find((node) => node.id === nodeId)?.label;
}

describe('two tabs of the same browser', () => {
  it('the second tab is told, and its edits never overwrite the first tab’s work', async () => {
    const { page: first, context } = await openApp(browser);
    await renameNode(first, 'delay', 'From the first tab');
    await autosaved(first);
    const second = await secondTab(context);
    const dialog = second.getByRole('dialog', { name: 'Charter is open in another tab' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await renameNode(second, 'vote', 'From the second tab');
    const status = second.locator('.save-state[data-failure="other-tab"][data-pending="true"]');
    await status.waitFor();
    await expect(status.textContent()).resolves.toBe('Not saved: open in another tab');
    // The first tab goes on saving; the second tab's edit is nowhere in the store.
    await renameNode(first, 'delay', 'Still the first tab');
    await autosaved(first);
    const records = JSON.stringify(await autosaveRecords(first));
    expect(records).not.toContain('From the second tab');
    await expect(storedLabel(first, 'delay')).resolves.toBe('Still the first tab');
    // Reloading the saved work in the second tab would replace its edit: it asks first.
    await second.locator('.save-state[data-failure="other-tab"]').click();
    await dialog.getByRole('button', { name: 'Reload the saved work here' }).click();
    const confirm = second.getByRole('dialog', { name: 'Replace the current rules?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(second.locator('[data-id="vote"] .node-title').textContent()).resolves.toBe(
      'From the second tab',
    );
    await context.close();
  });

  it('the second tab can reload the saved work and continue it; the first is told it no longer saves', async () => {
    const { page: first, context } = await openApp(browser);
    await renameNode(first, 'delay', 'Saved by the first tab');
    const second = await secondTab(context);
    const dialog = second.getByRole('dialog', { name: 'Charter is open in another tab' });
    await dialog.waitFor();
    // The first tab's last edit may still be waiting to be written: taking over writes it first.
    await dialog.getByRole('button', { name: 'Reload the saved work here' }).click();
    await first.getByRole('dialog', { name: 'Another tab now saves this work' }).waitFor();
    await second.locator('[data-id="delay"] .node-title', { hasText: 'Saved by the first tab' }).waitFor();
    await second.locator('.toast', { hasText: 'Continuing here the work the other tab saved.' }).waitFor();
    await renameNode(second, 'vote', 'Continued in the second tab');
    await autosaved(second);
    await expect(storedLabel(second, 'vote')).resolves.toBe('Continued in the second tab');
    await expect(storedLabel(second, 'delay')).resolves.toBe('Saved by the first tab');
    // The first tab now says it does not save, and an edit there changes nothing stored.
    await expect(first.locator('.save-state').textContent()).resolves.toBe('Not saved: open in another tab');
    await first.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await renameNode(first, 'vote', 'Too late in the first tab');
    await first.locator('.save-state[data-failure="other-tab"][data-pending="true"]').waitFor();
    await renameNode(second, 'delay', 'Second tab again');
    await autosaved(second);
    expect(JSON.stringify(await autosaveRecords(second))).not.toContain('Too late in the first tab');
    await context.close();
  });

  it('the second tab can fork its document into a copy; the first tab’s work stays, and it can export it', async () => {
    const { page: first, context } = await openApp(browser);
    await renameNode(first, 'delay', 'Work of the first tab');
    await autosaved(first);
    const second = await secondTab(context);
    const dialog = second.getByRole('dialog', { name: 'Charter is open in another tab' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await renameNode(second, 'delay', 'Work of the second tab');
    // The toolbar's status offers the choice again.
    await second.locator('.save-state[data-failure="other-tab"]').click();
    await dialog.getByRole('button', { name: 'Fork into a copy' }).click();
    const name = await first.locator('.document-name').textContent();
    await second.locator('.document-name', { hasText: `${name} (copy)` }).waitFor();
    await autosaved(second);
    const records = await autosaveRecords(second);
    const head = (records.head as { seq: number }).seq;
    const label = (key: string) =>
      (records[key] as { document: { nodes: { id: string; label?: string }[] } }).document.nodes.find(
        (node) => node.id === 'delay',
      )?.label;
    expect(label(`version:${head}`)).toBe('Work of the second tab');
    expect(label(`version:${head - 1}`)).toBe('Work of the first tab');
    // The first tab is told, and keeps its document to export.
    const moved = first.getByRole('dialog', { name: 'Another tab now saves this work' });
    await moved.waitFor();
    const [download] = await Promise.all([
      first.waitForEvent('download'),
      moved.getByRole('button', { name: 'Export this tab’s document' }).click(),
    ]);
    const exported = JSON.parse((await downloadedBytes(download)).toString('utf8'));
    expect(exported.nodes.find((node: { id: string }) => node.id === 'delay').label).toBe(
      'Work of the first tab',
    );
    await context.close();
  });
});
