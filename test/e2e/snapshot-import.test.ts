// "From a Snapshot space file…" in the import dialog: a user picks a space's JSON (as Snapshot's hub answers its
// space query), reads the notes, and opens the rules; a space that needs a total supply says so, in Korean too, and
// reads once the user gives it. The file never leaves the browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const passportSpace = {
  data: {
    space: {
      id: 'people.eth',
      name: 'People signal',
      network: '1',
      symbol: 'VOTE',
      admins: ['0x00000000000000000000000000000000000000a1'],
      strategies: [{ name: 'ticket', network: '1', params: { symbol: 'VOTE' } }],
      validation: { name: 'passport-gated', params: { scoreThreshold: 20, operator: 'NONE', stamps: [] } },
      voteValidation: {
        name: 'passport-gated',
        params: { scoreThreshold: 20, operator: 'NONE', stamps: [] },
      },
      voting: { delay: 0, period: 518_400, type: 'basic', quorum: 21 },
    },
  },
};
const tokenSpace = {
  space: {
    name: 'Acme DAO',
    network: '1',
    symbol: 'ACME',
    strategies: [
      {
        name: 'erc20-votes',
        network: '1',
        params: { address: '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984', symbol: 'ACME', decimals: 18 },
      },
    ],
    validation: { name: 'basic', params: { minScore: 2_500_000 } },
    voteValidation: { name: 'any', params: {} },
    voting: { delay: 0, period: 604_800, type: 'basic', quorum: 40_000_000 },
  },
};
const file = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

describe('import a Snapshot space file', () => {
  it('reads the space, lists what the drawing does not hold, then opens its rules', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page.getByRole('button', { name: /Snapshot space file/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a deployed governor' });
    await dialog.getByRole('heading', { name: 'From a Snapshot space file…' }).waitFor();
    await dialog.getByLabel('Snapshot space file').setInputFiles(file('people.json', passportSpace));
    await dialog.getByRole('heading', { name: '“People signal”, read on chain 1' }).waitFor();
    await expect(dialog.getByText('Drawn as 5 nodes.').isVisible()).resolves.toBe(true);
    await expect(dialog.locator('.chain-import-notes li').allTextContents()).resolves.toEqual([
      'The space has 1 admin, who may change every setting of the space (these rules included); the drawing does not show it.',
    ]);
    await dialog.getByRole('button', { name: 'Open as the current document' }).click();
    await page.getByText('Opened “People signal”, imported from chain 1.').waitFor();
    await expect(page.locator('.document-name').textContent()).resolves.toBe('People signal');
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(5);
    await expect(page.locator('.react-flow__node[data-id="people"]').textContent()).resolves.toContain(
      'gitcoin-passport',
    );
    await context.close();
  });

  it('asks for the total supply a token space does not state, in Korean, then reads the file again', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    const before = await page.locator('.document-name').textContent();
    await page.getByRole('button', { name: '템플릿', exact: true }).click();
    await page.getByRole('button', { name: /Snapshot 스페이스 파일에서/ }).click();
    const dialog = page.getByRole('dialog', { name: '배포된 Governor 가져오기' });
    await dialog.getByLabel('Snapshot 스페이스 파일').setInputFiles(file('acme.json', tokenSpace));
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('--supply');
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('총발행량');
    await dialog.getByLabel(/토큰 총발행량/).fill('1000000000');
    await dialog.getByRole('button', { name: '파일 다시 읽기' }).click();
    await dialog.getByRole('heading', { name: '체인 1에서 읽은 “Acme DAO”' }).waitFor();
    await expect(dialog.locator('.chain-import-notes li').first().textContent()).resolves.toContain('ACME');
    // Nothing was opened before the user says so.
    await expect(page.locator('.document-name').textContent()).resolves.toBe(before);
    await dialog.getByLabel('Snapshot 스페이스 파일').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"space":{"name":"X","network":"1","strategies":[],"voting":{}}}'),
    });
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      '이 파일은 Charter가 읽을 수 있는 Snapshot 스페이스가 아닙니다: space.strategies: 전략 목록(하나 이상)이 필요합니다.',
    );
    await context.close();
  });

  it("asks for the seconds per block of a chain Charter does not know, then opens the space's members", async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page.getByRole('button', { name: /Snapshot space file/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a deployed governor' });
    const members = [
      '0x00000000000000000000000000000000000000c1',
      '0x00000000000000000000000000000000000000c2',
    ];
    await dialog.getByLabel('Snapshot space file').setInputFiles(
      file('council.json', {
        name: 'Council',
        network: '137',
        strategies: [{ name: 'whitelist', network: '137', params: { addresses: members, symbol: 'VOTE' } }],
        validation: { name: 'basic', params: { minScore: 1 } },
        voting: { delay: 0, period: 259_200, type: 'ranked-choice', quorum: 0 },
      }),
    );
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain("chain 137's seconds per block");
    await dialog.getByLabel(/Seconds per block/).fill('2');
    await dialog.getByRole('button', { name: 'Read the file again' }).click();
    await dialog.getByRole('heading', { name: '“Council”, read on chain 137' }).waitFor();
    await dialog.getByRole('button', { name: 'Open as the current document' }).click();
    await page.getByText('Opened “Council”, imported from chain 137.').waitFor();
    await expect(page.locator('.react-flow__node[data-id="vote"]').textContent()).resolves.toMatch(/Ranked/);
    await context.close();
  });
});
