import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../compiler/index.ts';
import { autosaveRecords, putAutosaveRecord } from './autosave-idb.ts';
import { downloadedBytes, launchBrowser, openApp } from './browser.ts';
import { autosaved, renameNode } from './page-actions.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function reloaded(page: Page): Promise<void> {
  await page.reload();
  await page.locator('.react-flow__node').first().waitFor();
}

const governor: CharterDocument = JSON.parse(
  await readFile('rules-schema/examples/token-governor.charter.json', 'utf8'),
);

/** Records of earlier Charters' one autosave key, damaged three ways the issue found, with the loader's reason. */
const damagedRecords = [
  {
    name: 'nodes damaged into an object',
    record: { document: { ...governor, nodes: { vote: governor.nodes[0] } }, savedAt: 1, saved: false },
    reason: 'The document has no "nodes" list.',
  },
  {
    name: 'a null node and edges that are a number',
    record: { document: { nodes: [null], edges: 5 } },
    reason: 'The 1st node is not an object.',
  },
  {
    name: 'numeric ids',
    record: {
      document: { ...governor, nodes: governor.nodes.map((node, index) => ({ ...node, id: index })) },
      savedAt: 2,
      saved: false,
    },
    reason: 'The 1st node has no text "id".',
  },
];

describe('an autosave record that cannot be read', () => {
  for (const { name, record, reason } of damagedRecords)
    it(`(${name}) is kept, never written over, offered for download with the loader’s reason`, async () => {
      const { page, context } = await openApp(browser);
      await putAutosaveRecord(page, 'current', record, true);
      await reloaded(page);
      const dialog = page.getByRole('dialog', { name: 'Your last autosave could not be read' });
      await dialog.waitFor();
      await expect(dialog.locator('.damaged-reason').textContent()).resolves.toBe(
        `It is not a rule document the editor can open: ${reason}`,
      );
      await expect(dialog.locator('.damaged-opened').textContent()).resolves.toBe(
        'A template is open instead.',
      );
      // The app is open on a template, not blank.
      await expect(page.locator('.react-flow__node').count()).resolves.toBe(governor.nodes.length);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download the damaged record' }).click(),
      ]);
      expect(JSON.parse((await downloadedBytes(download)).toString('utf8'))).toEqual(record);
      await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
      // Editing writes the new work without touching the damaged record.
      await renameNode(page, 'delay', 'New work');
      await autosaved(page);
      const stored = await autosaveRecords(page);
      expect(stored.current).toEqual(record);
      expect((stored['damaged:current'] as { stored: unknown }).stored).toEqual(record);
      // The new work opens on reload, with no word about the damaged record any more.
      await reloaded(page);
      await page.locator('.toast', { hasText: /^Restored your last session/ }).waitFor();
      await expect(page.locator('[data-id="delay"] .node-title').textContent()).resolves.toBe('New work');
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
      await expect(autosaveRecords(page).then((records) => records.current)).resolves.toEqual(record);
      await context.close();
    });

  it('opens the version before a damaged newest one, and says so in Korean too', async () => {
    const { page, context } = await openApp(browser);
    await renameNode(page, 'delay', 'First');
    await autosaved(page);
    await renameNode(page, 'delay', 'Second');
    await page.waitForFunction(
      async () => document.querySelector('[data-id="delay"] .node-title')?.textContent === 'Second',
    );
    await autosaved(page);
    const head = (await autosaveRecords(page)).head as { seq: number };
    const damaged = { document: { nodes: [null], edges: 5 } };
    await putAutosaveRecord(page, `version:${head.seq}`, damaged);
    await page.getByLabel('Language').selectOption('ko');
    await reloaded(page);
    const dialog = page.getByRole('dialog', { name: '마지막 자동 저장을 읽을 수 없습니다' });
    await dialog.waitFor();
    // The loader's reason in Korean too, not an English sentence inside a Korean one.
    await expect(dialog.locator('.damaged-reason').textContent()).resolves.toBe(
      '편집기에서 열 수 있는 규칙 문서가 아닙니다: 1번째 노드가 객체가 아닙니다.',
    );
    await expect(dialog.locator('.damaged-opened').textContent()).resolves.toMatch(
      /^대신 .+에 저장된 그 이전 자동 저장을 열었습니다\.$/,
    );
    await expect(page.locator('[data-id="delay"] .node-title').textContent()).resolves.toBe('First');
    await expect(
      autosaveRecords(page).then(
        (records) => (records[`damaged:version:${head.seq}`] as { stored: unknown }).stored,
      ),
    ).resolves.toEqual(damaged);
    await context.close();
  });
});
