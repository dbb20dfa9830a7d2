// The canvas in headless Chromium (software rendering): time to open and draw generated documents of 500 and 2,000
// nodes, frame times while panning (at the fitted zoom and zoomed in) and while dragging a card, and the time from a
// rename to its node redrawn (the whole document re-checked). BENCH_TRACE=folder also writes a Chromium trace of each
// open and first pan (CPU samples included) to open in DevTools' Performance panel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
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

/** The index of the element matching `selector` whose centre is nearest the middle of the pane. */
async function nearestMiddle(page: Page, selector: string): Promise<number> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return page.locator(selector).evaluateAll(
    (elements, [x, y]) => {
      const distance = (el: Element) => {
        const r = el.getBoundingClientRect();
        return Math.hypot(r.x + r.width / 2 - x!, r.y + r.height / 2 - y!);
      };
      let best = 0;
      elements.forEach((el, i) => {
        if (distance(el) < distance(elements[best]!)) best = i;
      });
      return best;
    },
    [pane.x + pane.width / 2, pane.y + pane.height / 2],
  );
}

/**
 * Frame times while dragging the pane up and to the left by 240 × 480 pixels. A pan starts on empty canvas (a press
 * on a card would drag the card instead): at the point nearest (70 %, 80 %) of the pane where the pane is on top.
 */
async function panFrames(page: Page): Promise<string> {
  const area = (await page.locator('.react-flow__pane').boundingBox())!;
  const start = await page.evaluate(
    ([x, y, width, height]) => {
      let best: [number, number] | undefined;
      const distance = (p: [number, number]) =>
        Math.hypot(p[0] - (x! + width! * 0.7), p[1] - (y! + height! * 0.8));
      for (let fy = 0.95; fy >= 0.3; fy -= 0.05)
        for (let fx = 0.95; fx >= 0.3; fx -= 0.05) {
          const point: [number, number] = [x! + width! * fx, y! + height! * fy];
          if (!window.document.elementFromPoint(...point)?.classList.contains('react-flow__pane')) continue;
          if (!best || distance(point) < distance(best)) best = point;
        }
      return best;
    },
    [area.x, area.y, area.width, area.height],
  );
  if (!start) throw new Error('No empty spot on the canvas to start a pan from.');
  return frameTimes(page, async () => {
    await page.mouse.move(start[0], start[1]);
    await page.mouse.down();
    for (let step = 0; step < 60; step++) await page.mouse.move(start[0] - step * 4, start[1] - step * 8);
    await page.mouse.up();
  });
}

/** The times between animation frames while `act` runs: mean, 95th percentile and worst, in milliseconds. */
async function frameTimes(page: Page, act: () => Promise<void>): Promise<string> {
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
  await act();
  const frames = (await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop: boolean };
    w.stop = true;
    return w.frames_.slice(1);
  })) as number[];
  frames.sort((a, b) => a - b);
  const mean = frames.reduce((sum, f) => sum + f, 0) / frames.length;
  const p95 = frames[Math.floor(frames.length * 0.95)]!;
  const worst = frames.at(-1)!;
  return `mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${worst.toFixed(0)} ms over ${frames.length} frames`;
}

try {
  for (const size of (process.env.BENCH_SIZES ?? '500,2000').split(',').map(Number)) {
    const document = generateDocument(size);
    const count = document.nodes.length;
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(url);
    await page.locator('.react-flow__node').first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { t0: number; changed: number };
      w.t0 = performance.now();
      // Also from when the file input tells the page: Playwright takes a while to hand a large file over.
      window.document
        .querySelector('#import-file')
        ?.addEventListener('change', () => (w.changed = performance.now()), { capture: true, once: true });
    });
    // BENCH_TRACE=folder: a Chromium performance trace of the open and the first pan, for DevTools' Performance panel.
    if (process.env.BENCH_TRACE)
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'toplevel',
          'blink.user_timing',
          'disabled-by-default-v8.cpu_profiler',
        ],
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
        return {
          ms: w.lastChange! - w.t0,
          fromChange: w.lastChange! - (w as { changed?: number }).changed!,
          drawn,
        };
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const { ms, fromChange, drawn } = (await opened.jsonValue()) as {
      ms: number;
      fromChange: number;
      drawn: number;
    };
    line(
      `open ${count} nodes, fit to view (${drawn} drawn)`,
      `${ms.toFixed(0)} ms (${fromChange.toFixed(0)} ms from the file input's change)`,
    );

    line(`pan ${count} nodes at the fitted zoom, frame time`, await panFrames(page));
    if (process.env.BENCH_TRACE) {
      mkdirSync(process.env.BENCH_TRACE, { recursive: true });
      writeFileSync(resolve(process.env.BENCH_TRACE, `canvas-${count}.json`), await browser.stopTracing());
    }

    // Zoomed in at the top-left, where a founder works: six steps of the zoom-in button (to the maximum, 2).
    for (let i = 0; i < 6; i++) await page.locator('.react-flow__controls-zoomin').click();
    await page.waitForTimeout(300);
    const visible = await page.locator('.react-flow__node').count();
    line(`pan ${count} nodes zoomed in (${visible} on screen), frame time`, await panFrames(page));

    // Dragging a card: every frame moves it and its edges; the drop is one edit of the whole document, re-checked.
    const card = (await page
      .locator('.react-flow__node .node-head')
      .nth(await nearestMiddle(page, '.react-flow__node .node-head'))
      .boundingBox())!;
    const drag = await frameTimes(page, async () => {
      await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
      await page.mouse.down();
      for (let step = 0; step < 60; step++)
        await page.mouse.move(card.x + card.width / 2 + step * 3, card.y + card.height / 2 + step * 2);
      await page.mouse.up();
      await page.waitForTimeout(500);
    });
    line(`drag a card of ${count} nodes and drop it (+0.5 s), frame time`, drag);

    // A rename: the document is re-checked and the one node redrawn.
    // The card whose title is nearest the middle of the pane: panning may have put the first one under the toolbar.
    const middle = await nearestMiddle(page, '.react-flow__node .node-title');
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
