// One headless Chromium for every browser test (started by global-setup.ts), quiet on a closed network, with a fresh
// context (its own storage and IndexedDB) for each page.
import { type Browser, type BrowserContext, chromium, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium.ts';

/**
 * The browser tests' Chromium: the one global-setup.ts started, connected to (closing it disconnects and closes this
 * file's contexts); outside vitest (the benchmarks), a new headless Chromium.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = process.env.VITEST ? inject('browserEndpoint') : undefined;
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A finished download's bytes (read through Playwright, which works on a shared browser where `path()` does not). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A page in a new context (its own IndexedDB and storage), opened on the app, the canvas drawn. */
export async function openApp(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    locale?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(inject('appUrl'));
  await page.locator('.react-flow__node').first().waitFor();
  return { context, page };
}
