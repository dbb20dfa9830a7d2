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
    // Two houses and a veto before a Safe (the bicameral-veto template executed by a Safe): the Safe cannot enforce
    // them, and nothing runs anywhere else.
    const bicameral = JSON.parse(readFileSync('rules-schema/examples/bicameral-veto.charter.json', 'utf8'));
    bicameral.nodes.find((node: { id: string }) => node.id === 'run').params = { executor: 'safe' };
    await page.locator('#import-file').setInputFiles({
      name: 'bicameral-veto.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bicameral)),
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

  it('says above the parameters what the deployed system will and will not enforce, in English and Korean', async () => {
    const { page, context } = await openApp(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('tab', { name: 'Output' }).click();
    await page.getByRole('tab', { name: 'OpenZeppelin' }).click();
    const told = page.locator('.output-target[data-target="openzeppelin"] .output-enforcement');
    await told.waitFor();
    await expect(told.locator('h3').textContent()).resolves.toBe('What the deployed system will enforce');
    await expect(told.locator('.output-enforcement-enforces li').allTextContents()).resolves.toEqual([
      'OpenZeppelin Governor will enforce: UNI holders vote: voting starts 1 day 19 hours 48 minutes after the proposal and lasts 5 days 14 hours 24 minutes. At least 4% of all UNI must vote For or Abstain, and For must beat Against. Then a 2-day timelock follows. Then the governor executes it. Proposers need at least 1,000,000 UNI.',
    ]);
    // Above the parameters.
    const above = await page.evaluate(() => {
      const section = document.querySelector('.output-enforcement');
      const entry = document.querySelector('.output-entry');
      return (
        !!section && !!entry && !!(section.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(above).toBe(true);
    await page.screenshot({ path: 'test-results/output-enforcement-en.png' });

    await page.getByLabel('Language').selectOption('ko');
    // The words change after the choice: wait for the Korean heading rather than read it once.
    await expect
      .poll(() => told.locator('h3').textContent(), { timeout: 30_000 })
      .toBe('배포된 시스템이 집행하는 것');
    await expect(told.locator('.output-enforcement-enforces li').allTextContents()).resolves.toEqual([
      'OpenZeppelin Governor에서 집행하는 것: UNI 보유자가 제안 1일 19시간 48분 뒤부터 5일 14시간 24분 동안 투표합니다. 전체 UNI의 4% 이상이 찬성 또는 기권해야 하고, 찬성이 반대보다 많아야 합니다. 그다음 2일 타임락을 거칩니다. 그다음 거버너가 실행합니다. 1,000,000 UNI 이상을 가진 UNI 보유자만 제안할 수 있습니다.',
    ]);
    await page.screenshot({ path: 'test-results/output-enforcement-ko.png' });
    await context.close();
  });

  it('names what a target refuses, tied to its node', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('#import-file').setInputFiles({
      name: 'staged-dao.charter.json',
      mimeType: 'application/json',
      buffer: readFileSync('rules-schema/examples/staged-dao.charter.json'),
    });
    await page.locator('.toast', { hasText: 'Imported staged-dao.charter.json.' }).waitFor();
    await page.getByRole('tab', { name: 'Output' }).click();
    await page.locator('.output-tab[data-verdict="unsupported"]').first().waitFor();
    await page.getByRole('tab', { name: 'Safe (cannot express)' }).click();
    const refused = page.locator('.output-enforcement-refuses li');
    await refused.first().waitFor();
    await expect(refused.getAttribute('data-nodes')).resolves.toBe('delay1');
    await expect(refused.textContent()).resolves.toMatch(
      /^Safe will not enforce Delay \(2 days\): A Safe cannot run a delay/,
    );
    await context.close();
  });
});
