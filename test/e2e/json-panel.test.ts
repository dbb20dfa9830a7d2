import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainDocument } from '../bench/generate-graphs.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The template as the editor shows it: the app drops `$schema` and writes two-space JSON. */
const { $schema: _schema, ...template } = JSON.parse(
  readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
);
const templateLines = `${JSON.stringify(template, null, 2)}\n`.split('\n');

const title = (page: Page) => page.locator('[data-id="vote"] .node-title').textContent();
const summary = (page: Page) => page.locator('[data-id="vote"] .node-summary').textContent();
/** The editor's visible lines, as the user reads them (monaco draws spaces as no-break spaces). */
const visibleText = async (page: Page) =>
  ((await page.locator('.json-editor .view-lines').innerText()) ?? '').replace(/\u00a0/g, ' ');

/** Opens the JSON tab and waits for monaco to show the document. */
async function openJson(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.locator('.json-editor .view-lines').waitFor();
  await page.waitForFunction(() =>
    document.querySelector('.json-editor .view-lines')?.textContent?.includes('charter'),
  );
}

/** Selects the first match of `text` with the editor's own find widget, then closes the widget. */
async function select(page: Page, text: string): Promise<void> {
  await page.locator('.json-editor').click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/**
 * Replaces the selection with `text` as a paste: typing a quote over a selection would surround it with quotes.
 */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+v');
}

describe('the JSON panel', () => {
  it('shows the document; typed edits reach the canvas as undoable steps, and canvas changes come back', async () => {
    const { page, context } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openJson(page);
    await expect(visibleText(page)).resolves.toContain(templateLines[0]);
    await expect(page.locator('.json-status').textContent()).resolves.toBe(
      'Edits here reach the canvas as you type; hover a field for its meaning, Ctrl+Space for completions.',
    );

    await select(page, 'Token vote');
    await page.keyboard.insertText('Council vote');
    await page.waitForFunction(
      () => document.querySelector('[data-id="vote"] .node-title')?.textContent === 'Council vote',
    );
    await expect(title(page)).resolves.toBe('Council vote');

    await select(page, '"percent": "4"');
    await paste(page, '"percent": "5"');
    await page.waitForFunction(() =>
      document.querySelector('[data-id="vote"] .node-summary')?.textContent?.startsWith('5%'),
    );
    await expect(summary(page)).resolves.toBe('5% quorum · 5 days 14 hours 24 minutes');

    // Each applied edit is one undo step; the editor follows the canvas back, in place.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(summary(page)).resolves.toBe('4% quorum · 5 days 14 hours 24 minutes');
    await page.waitForFunction(() =>
      document.querySelector('.json-editor .view-lines')?.textContent?.includes('"4"'),
    );
    await expect(visibleText(page)).resolves.toContain('"percent": "4"');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(title(page)).resolves.toBe('Token vote');
    await context.close();
  });

  it('refuses text that does not load, names where, and keeps the canvas as it was', async () => {
    const { page, context } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openJson(page);
    await select(page, '"quorumCounts"');
    // Drop the opening quote of the key: not JSON any more.
    await paste(page, 'quorumCounts"');
    const error = page.locator('.json-error');
    await error.waitFor();
    const line = templateLines.findIndex((text) => text.includes('"quorumCounts"')) + 1;
    const column = templateLines[line - 1]!.indexOf('"quorumCounts"') + 1;
    await expect(error.textContent()).resolves.toBe(
      `Not applied, the canvas keeps its last valid state: The text is not valid JSON at line ${line}, column ${column}: unexpected character.`,
    );
    await expect(summary(page)).resolves.toBe('4% quorum · 5 days 14 hours 24 minutes');

    // A key twice is refused as the CLI refuses it, though JSON.parse would take it.
    await page.keyboard.press('Control+z');
    await error.waitFor({ state: 'detached' });
    await select(page, '"quorumCounts": "for+abstain",');
    await paste(page, '"quorumCounts": "for+abstain", "quorumCounts": "all",');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(
      /^Not applied, the canvas keeps its last valid state: The key "quorumCounts" appears twice in the same object at line \d+, column \d+;/,
    );
    await context.close();
  });

  it('reads a pasted 2,000-node document in its own worker, then applies it', async () => {
    const { page, context } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openJson(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const large = { ...chainDocument(2000), name: 'A long chain, pasted' };
    await page.locator('.json-editor').click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+a');
    await paste(page, JSON.stringify(large, null, 2));
    await page.locator('.document-name', { hasText: 'A long chain, pasted' }).waitFor({ timeout: 60_000 });
    await expect(page.locator('.json-status').getAttribute('data-reading')).resolves.toBe('false');
    // The text was read off the page, by the JSON panel's own worker.
    expect(workers.some((url) => url.includes('read-worker'))).toBe(true);
    await context.close();
  });
});
