// The canvas in headless Chromium (software rendering): time to open and draw generated documents of 500 and 2,000
// nodes, frame times while panning, and the time from a rename to its node redrawn (the whole document re-checked).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../e2e/browser.ts';
import { serveApp } from '../e2e/serve-app.ts';
import { generateDocument } from './generate-document.ts';

const app = await serveApp('bench-app');
const { url, outDir } = app;
const browser = await launchBrowser();
const version = browser.version();

function line(name: string, value: string): void {
  console.log(`${name.padEnd(56)} ${value}`);
}

try {
  for (const size of (process.env.BENCH_SIZES ?? '500,2000').split(',').map(Number)) {
    const document = generateDocument(size);
    const count = document.nodes.length;
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(url);
    await page.locator('.react-flow__node').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { t0: number }).t0 = performance.now();
    });
    await page.locator('#import-file').setInputFiles({
      name: `generated-${size}.charter.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    // Done when the drawn nodes stop changing for half a second; the figure is the time of the last change.
    const opened = await page.waitForFunction(
      () => {
        const w = window as unknown as { t0: number; lastCount?: number; lastChange?: number };
        const nodes = window.document.querySelectorAll('.react-flow__node');
        const drawn = [...nodes].filter((node) => getComputedStyle(node).visibility !== 'hidden').length;
        const now = performance.now();
        if (drawn !== w.lastCount) {
          w.lastCount = drawn;
          w.lastChange = now;
          return false;
        }
        if (drawn === 0 || now - w.lastChange! < 500) return false;
        return { ms: w.lastChange! - w.t0, drawn };
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const { ms, drawn } = (await opened.jsonValue()) as { ms: number; drawn: number };
    line(`open ${count} nodes, fit to view (${drawn} drawn)`, `${ms.toFixed(0)} ms`);

    // Zoom to 0.6 at the top-left, where a founder works, then pan by dragging the pane.
    await page.evaluate(() => {
      const controls = window.document.querySelector('.react-flow__viewport') as HTMLElement;
      controls.dataset.bench = '1';
    });
    for (let i = 0; i < 6; i++) await page.locator('.react-flow__controls-zoomin').click();
    await page.waitForTimeout(300);
    const visible = await page.locator('.react-flow__node').count();
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; stop: boolean };
      w.frames_ = [];
      w.stop = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.frames_.push(now - last);
        last = now;
        if (!w.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const area = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(area.x + area.width * 0.7, area.y + area.height * 0.8);
    await page.mouse.down();
    for (let step = 0; step < 60; step++)
      await page.mouse.move(area.x + area.width * 0.7 - step * 4, area.y + area.height * 0.8 - step * 8);
    await page.mouse.up();
    const frames = (await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; stop: boolean };
      w.stop = true;
      return w.frames_.slice(1);
    })) as number[];
    frames.sort((a, b) => a - b);
    const mean = frames.reduce((sum, f) => sum + f, 0) / frames.length;
    const p95 = frames[Math.floor(frames.length * 0.95)]!;
    line(
      `pan ${count} nodes (${visible} on screen), frame time`,
      `mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${frames.length} frames`,
    );

    // A rename: the document is re-checked and the one node redrawn.
    // The card whose title is nearest the middle of the pane: panning may have put the first one under the toolbar.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const middle = await page.locator('.react-flow__node .node-title').evaluateAll(
      (titles, [x, y]) => {
        const distance = (el: Element) => {
          const r = el.getBoundingClientRect();
          return Math.hypot(r.x + r.width / 2 - x!, r.y + r.height / 2 - y!);
        };
        let best = 0;
        titles.forEach((el, i) => {
          if (distance(el) < distance(titles[best]!)) best = i;
        });
        return best;
      },
      [pane.x + pane.width / 2, pane.y + pane.height / 2],
    );
    await page.locator('.react-flow__node .node-title').nth(middle).dblclick();
    const input = page.getByLabel('Node label');
    await input.fill('Renamed');
    await page.evaluate(() => {
      (window as unknown as { t0: number }).t0 = performance.now();
    });
    await input.press('Enter');
    const renamed = await page.waitForFunction(
      () =>
        [...window.document.querySelectorAll('.node-title')].some((el) => el.textContent === 'Renamed') &&
        performance.now() - (window as unknown as { t0: number }).t0,
      undefined,
      { polling: 'raf' },
    );
    line(
      `rename one of ${count} nodes, until redrawn`,
      `${((await renamed.jsonValue()) as number).toFixed(0)} ms`,
    );
    await page.context().close();
  }
  line('browser', `Chromium ${version}, headless, software rendering`);
  line(
    'initial JavaScript',
    `${readFileSync(resolve(outDir, 'index.html'), 'utf8')
      .match(/assets\/[^"]+\.js/g)
      ?.join(', ')}`,
  );
} finally {
  await browser.close();
  await app.close();
}
