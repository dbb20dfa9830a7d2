import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const panel = (page: Page) => page.locator('#panel-preview');

async function openPreview(page: Page): Promise<void> {
  await page.locator('#tab-preview').click();
  await panel(page).getByRole('button', { name: 'Run', exact: true }).waitFor();
}

async function setRuns(page: Page, runs: number): Promise<void> {
  const field = panel(page).locator('input[name="runs"]');
  await field.fill(String(runs));
  await field.blur();
}

const progressDone = (page: Page) =>
  panel(page)
    .locator('.preview-progress-text')
    .getAttribute('data-done', { timeout: 2000 })
    .then(Number)
    .catch(() => -1);

describe('the preview panel', () => {
  it('runs the staged template: the path lights up on the canvas with each node’s tally, and the charts have captions', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.locator('[data-template="staged-dao"]').click();
    await page.locator('[data-id="multisig"]').waitFor();
    await openPreview(page);
    await setRuns(page, 200);
    await panel(page).getByRole('button', { name: 'Run', exact: true }).click();

    // The first sample proposal is traced at once: the team stage's multisig turned it down.
    const card = (id: string) => page.locator(`[data-id="${id}"] .node-card`);
    await card('multisig').and(page.locator('.overlay-failed')).waitFor();
    await expect(card('stages').getAttribute('class')).resolves.toContain('overlay-trace');
    await expect(card('stages').locator('.node-note').textContent()).resolves.toBe(
      'stage: Core team multisig',
    );
    await expect(card('multisig').locator('.node-note').textContent()).resolves.toBe(
      '1 of 3 approvals needed',
    );
    await expect(card('declined').getAttribute('class')).resolves.toContain('overlay-failed');

    // The second one passed the multisig, waited out the timelock and executes through the Safe.
    await panel(page)
      .getByRole('button', { name: /#2 treasury-transfer/ })
      .click();
    await card('safe').and(page.locator('.overlay-passed')).waitFor();
    await expect(card('multisig').getAttribute('class')).resolves.toContain('overlay-passed');
    await expect(card('multisig').locator('.node-note').textContent()).resolves.toBe(
      '3 of 3 approvals needed',
    );
    await expect(card('delay1').locator('.node-note').textContent()).resolves.toBe('waits 2 days');
    await expect(card('safe').locator('.node-note').textContent()).resolves.toBe('executable after 2 days');
    await expect(card('declined').getAttribute('class')).resolves.not.toContain('overlay-');
    // Edges on the path are marked; one the proposal did not take is not.
    await expect(page.locator('.react-flow__edge.overlay-trace').count()).resolves.toBeGreaterThanOrEqual(4);

    // The vote split chart: bars drawn in an SVG, and its sentence.
    const split = panel(page).locator('[data-chart="vote-split"]');
    await expect(split.locator('svg .recharts-bar-rectangle path').count()).resolves.toBeGreaterThan(0);
    await expect(split.locator('figcaption').textContent()).resolves.toBe(
      'At Core team 3 of 5, For had 100%, Against 0% and Abstain 0% of the votes of 3 voters.',
    );
    // The voting power of GOV holders, with its Nakamoto number.
    const power = panel(page).locator('[data-chart="power"]').filter({ hasText: 'GOV holders' });
    await expect(power.locator('svg path.recharts-curve').count()).resolves.toBeGreaterThan(0);
    await expect(power.locator('figcaption').textContent()).resolves.toMatch(
      /^GOV holders has 100 holders; the Nakamoto number is 5:/,
    );

    // The Monte Carlo: pass probability against turnout, time to execution and capture in words.
    const turnout = panel(page).locator('[data-chart="turnout"]');
    await turnout.waitFor({ timeout: 30_000 });
    await expect(turnout.locator('svg path.recharts-curve').count()).resolves.toBeGreaterThan(0);
    await expect(panel(page).locator('.preview-capture').textContent()).resolves.toContain(
      'The 3 largest holders of Core team (5) (60% of supply) can pass a treasury-transfer alone when no one else votes.',
    );

    // Dismissing the trace clears the canvas.
    await panel(page).getByRole('button', { name: 'Hide the trace' }).click();
    await expect(page.locator('.node-card[class*="overlay-"]').count()).resolves.toBe(0);
    await context.close();
  });

  it('keeps the page responsive during a 10,000-run Monte Carlo, and Cancel stops it', async () => {
    // How long the worker takes depends on how busy the machine is: wait for what it does, and give up only on a hang.
    const untilHang = 240_000;
    const { page, context } = await openApp(browser);
    await openPreview(page);
    const switchTheme = async (theme: 'light' | 'dark') => {
      const started = Date.now();
      await page.getByLabel('Theme').selectOption(theme);
      await page.locator(`.app[data-theme="${theme}"]`).waitFor();
      return Date.now() - started;
    };
    const idle = await switchTheme('dark');
    await switchTheme('light');
    await setRuns(page, 10_000);
    await panel(page).getByRole('button', { name: 'Run', exact: true }).click();
    await panel(page).locator('.preview-progress-text').waitFor();
    // Once the worker is under way:
    await expect.poll(() => progressDone(page), { timeout: untilHang }).toBeGreaterThan(0);
    const before = await progressDone(page);

    // A click elsewhere is answered while the worker runs: the theme changes while the run is still in progress (a
    // page blocked by the run would answer only after it ended, with its progress gone).
    const answered = await switchTheme('dark');
    await expect(panel(page).locator('.preview-progress-text').count()).resolves.toBe(1);
    const after = await progressDone(page);
    console.log(
      `theme switched in ${answered} ms while the Monte Carlo ran (runs done ${before} → ${after}); ${idle} ms when idle`,
    );
    // Answered before the run finished (the progress is still there), and the run went on meanwhile.
    expect(after).toBeGreaterThan(0);
    await expect.poll(() => progressDone(page), { timeout: untilHang }).toBeGreaterThan(before);

    // Cancel: the progress goes, no result ever arrives, and the page still answers.
    await panel(page).getByRole('button', { name: 'Cancel' }).click();
    await panel(page).locator('.preview-progress-text').waitFor({ state: 'detached' });
    await page.waitForTimeout(4000);
    await expect(panel(page).locator('.preview-monte-carlo').count()).resolves.toBe(0);

    // Run it to the end this time, and report how long the worker took.
    await panel(page).getByRole('button', { name: 'Run', exact: true }).click();
    const took = panel(page).locator('.preview-monte-carlo [data-milliseconds]');
    await took.waitFor({ timeout: untilHang });
    console.log(
      `10,000-run Monte Carlo on the token governor: ${await took.getAttribute('data-milliseconds')} ms in the worker`,
    );
    await expect(panel(page).locator('.preview-pass').textContent()).resolves.toContain('of 10,000 trials');
    await context.close();
  });
});
