import { readFileSync } from 'node:fs';
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

/** The numbers developers deploy, pinned by the compiler's golden file (not by the panel's own code). */
const golden = JSON.parse(
  readFileSync(new URL('../compile/golden/token-governor.config.json', import.meta.url), 'utf8'),
);
const governor = golden.targets.openzeppelin.parameters.governors[0];

/** A row of the table: its raw value and its meaning. */
const row = async (page: Page, path: string) => {
  const cells = page.locator(`.output-target tr[data-path="${path}"] td`);
  return [await cells.nth(0).textContent(), await cells.nth(1).textContent()];
};

describe('the output panel', () => {
  it("shows the governor template's OpenZeppelin parameters with their meanings", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Output' }).click();
    await page.locator('.output-hash code').waitFor();
    await expect(page.locator('.output-hash code').textContent()).resolves.toBe(golden.hash);

    await page.getByRole('tab', { name: 'OpenZeppelin' }).click();
    await page.locator('.output-target[data-target="openzeppelin"]').waitFor();
    await expect(page.locator('.output-entry h3').textContent()).resolves.toBe(
      'Governor and timelock for “Token vote”',
    );
    expect(governor.governor.votingDelay).toBe('13140');
    await expect(row(page, 'governor.votingDelay')).resolves.toEqual([
      governor.governor.votingDelay,
      '13140 blocks ≈ 1 day 19 hours 48 minutes at 12 s',
    ]);
    await expect(row(page, 'governor.votingPeriod')).resolves.toEqual([
      governor.governor.votingPeriod,
      '40320 blocks ≈ 5 days 14 hours 24 minutes at 12 s',
    ]);
    await expect(row(page, 'governor.quorumNumerator')).resolves.toEqual([
      governor.governor.quorumNumerator,
      '4 / 100 → 4% of supply (For + Abstain)',
    ]);
    await expect(row(page, 'governor.proposalThreshold')).resolves.toEqual([
      governor.governor.proposalThreshold,
      '1,000,000 UNI',
    ]);
    await expect(row(page, 'timelockController.minDelay')).resolves.toEqual([
      governor.timelockController.minDelay,
      '2 days between queueing and execution',
    ]);
    await expect(row(page, 'timelockController.executors[0]')).resolves.toEqual([
      governor.timelockController.executors[0],
      'anyone may execute',
    ]);
    // The target's JSON is what `charter compile --target openzeppelin` prints.
    const json = page.locator('.output-block[aria-label="OpenZeppelin parameters (JSON)"] pre');
    await expect(json.textContent().then((text) => JSON.parse(text!))).resolves.toEqual(
      golden.targets.openzeppelin,
    );
    // Deploy calldata: bytecode plus arguments, three creations in order.
    const deploy = page.locator('.output-deploy .output-block h4');
    await expect(deploy.allTextContents()).resolves.toEqual([
      'Governor constructor arguments (ABI-encoded)',
      'TimelockController constructor arguments (ABI-encoded)',
      'Deploy calldata 1: CharterVotesToken (bytecode + arguments)',
      'Deploy calldata 2: TimelockController (bytecode + arguments)',
      'Deploy calldata 3: CharterGovernor (bytecode + arguments)',
    ]);
    await context.close();
  });

  it('says which targets cannot express the rules and which are not used, in words', async () => {
    const { page, context } = await openApp(browser);
    // Two houses and a veto before a Safe: the Safe cannot enforce them, and nothing runs anywhere else.
    await page.locator('#import-file').setInputFiles({
      name: 'bicameral-veto.charter.json',
      mimeType: 'application/json',
      buffer: readFileSync('rules-schema/examples/bicameral-veto.charter.json'),
    });
    await page.locator('.toast', { hasText: 'Imported bicameral-veto.charter.json.' }).waitFor();
    await page.getByRole('tab', { name: 'Output' }).click();
    const tabs = page.locator('.output-tabs [role="tab"]');
    await page.locator('.output-tab[data-verdict="unsupported"]').waitFor();
    await expect(tabs.allTextContents()).resolves.toEqual([
      'Config',
      'OpenZeppelin (not used)',
      'Aragon (not used)',
      'Safe (cannot express)',
      'Snapshot (not used)',
      'Gardens (not used)',
    ]);
    await page.getByRole('tab', { name: 'Aragon (not used)' }).click();
    await expect(page.locator('.output-not-applicable').textContent()).resolves.toBe(
      'Nothing in these rules runs on Aragon. No decision in these rules is executed by an Aragon DAO.',
    );
    await page.getByRole('tab', { name: 'Safe (cannot express)' }).click();
    const reasons = page.locator('.output-unsupported');
    await reasons.waitFor();
    await expect(reasons.locator('h4').textContent()).resolves.toBe('Safe cannot express these rules:');
    await expect(reasons.locator('li').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});
