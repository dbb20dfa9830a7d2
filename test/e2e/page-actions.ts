// What the browser tests do as a user on the canvas, written once.
import type { Page } from 'playwright-core';

/** Renames a node in place, as a user does: double-click its title, type, Enter. */
export async function renameNode(page: Page, nodeId: string, label: string): Promise<void> {
  await page.locator(`.react-flow__node[data-id="${nodeId}"] .node-title`).dblclick();
  const input = page.getByLabel('Node label');
  await input.fill(label);
  await input.press('Enter');
}

/** Waits until the newest edit is written (the toolbar no longer says it is pending). */
export async function autosaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.save-state')?.getAttribute('data-pending') === 'false',
  );
}
