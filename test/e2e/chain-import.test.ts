// "Import a deployed governor" in the app, against a local JSON-RPC node on 127.0.0.1: the token-governor template's
// token, TimelockController and Governor deployed with the library's exact deploy data, then read back by a user
// who types the endpoint and the address. What the canvas opens must be what the contracts hold.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Address, Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { deployCalldata } from '../../compiler/targets/openzeppelin/deploy-calldata.ts';
import { type ServedChain, serveChain } from '../onchain/serve-chain.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
let chain: ServedChain;
let governor: Address;
let token: Address;
beforeAll(async () => {
  [browser, chain] = await Promise.all([launchBrowser(), serveChain(1)]);
  const design = JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
  ) as CharterDocument;
  const compiled = compile(design);
  if (!compiled.ok) throw new Error('token-governor does not compile');
  const deployer = ((await chain.request('eth_accounts')) as Address[])[0]!;
  const nonce = Number(await chain.request('eth_getTransactionCount', [deployer, 'latest']));
  const [path] = deployCalldata(compiled.config, { deployer, nonce });
  for (const contract of [path!.token, path!.timelock, path!.governor])
    await chain.request('eth_sendTransaction', [
      { from: deployer, data: contract.data as Hex, gas: '0x5f5e100', gasPrice: '0x0' },
    ]);
  governor = path!.governor.address;
  token = path!.token.address;
});
afterAll(async () => {
  await browser?.close();
  await chain?.close();
});

describe('import a deployed governor', () => {
  it('reads the Governor through the endpoint the user gives, lists the notes, then opens its rules', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    // The gallery starts from real DAOs: reading one from its contracts, then the templates drawn from their sources.
    const real = page.getByRole('list', { name: 'Start from a real DAO' });
    await expect(
      real
        .locator('.gallery-item')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-template'))),
    ).resolves.toEqual([
      'chain-import',
      'token-governor',
      'aave-v3',
      'arbitrum-dao',
      'compound-governor',
      'ens-dao',
      'team-treasury-safe',
      'uniswap',
    ]);
    await page.getByRole('button', { name: /From a deployed governor/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a deployed governor' });
    await dialog.getByLabel('JSON-RPC endpoint').fill(chain.url);
    await dialog.getByLabel('Governor, Safe or Aragon DAO address').fill(governor);
    await dialog.getByRole('button', { name: 'Read the contracts' }).click();
    await dialog.getByRole('heading', { name: '“Token governor”, read on chain 1' }).waitFor();
    await expect(dialog.getByText('Drawn as 6 nodes.').isVisible()).resolves.toBe(true);
    await expect(dialog.locator('.chain-import-notes li').first().textContent()).resolves.toContain(
      'Proposal types are not kept on chain',
    );
    // What adopting them would change: the canvas (the template) before, the chain after. Only what the chain cannot
    // hold (proposal types) and the newly deployed token's address differ; the vote's numbers do not.
    await dialog.getByRole('button', { name: 'Compare with the current rules' }).click();
    const compare = dialog.getByRole('region', {
      name: 'What would change if the canvas adopted these rules',
    });
    const changes = await compare.locator('li').allTextContents();
    expect(changes).toContain('Proposal: Proposal types › item 2 removed: parameter-change.');
    expect(changes.some((line) => line.includes(token))).toBe(true);
    expect(changes.some((line) => /quorum|period|delay/i.test(line))).toBe(false);
    // Nothing is opened before the user says so.
    await expect(page.locator('.document-name').textContent()).resolves.toBe(
      'Token governor (Uniswap numbers, OpenZeppelin Governor)',
    );
    await dialog.getByRole('button', { name: 'Open as the current document' }).click();
    await page.getByText('Opened “Token governor”, imported from chain 1.').waitFor();
    await expect(page.locator('.document-name').textContent()).resolves.toBe('Token governor');
    await expect(page.locator('.react-flow__node').count()).resolves.toBe(6);
    // The vote's card shows the quorum and period the contract holds: 4% of supply, 40,320 blocks × 12 s = 5.6 days.
    const vote = page.locator('.react-flow__node[data-id="vote"]');
    await expect(vote.textContent()).resolves.toMatch(/4%/);
    await context.close();
  });

  it('says what went wrong, in Korean too, and leaves the current rules as they were', async () => {
    const { page, context } = await openApp(browser, { locale: 'ko-KR' });
    const before = await page.evaluate(() => document.querySelector('.react-flow')?.textContent);
    await page.getByRole('button', { name: '템플릿', exact: true }).click();
    await page.getByRole('button', { name: /배포된 Governor에서/ }).click();
    const dialog = page.getByRole('dialog', { name: '배포된 Governor 가져오기' });
    const read = dialog.getByRole('button', { name: '컨트랙트 읽기' });
    await dialog.getByLabel('JSON-RPC 엔드포인트').fill('ftp://example');
    await read.click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('http:// 또는 https://');
    await dialog.getByLabel('JSON-RPC 엔드포인트').fill(chain.url);
    await dialog.getByLabel('Governor, Safe 또는 Aragon DAO 주소').fill(token);
    await read.click();
    await dialog.getByText(/Charter가 읽을 수 있는 Governor, Safe, Aragon DAO로 응답하지 않습니다/).waitFor();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('COUNTING_MODE()');
    await dialog.getByLabel('JSON-RPC 엔드포인트').fill('http://127.0.0.1:9');
    await dialog.getByLabel('Governor, Safe 또는 Aragon DAO 주소').fill(governor);
    await read.click();
    await dialog.getByText(/엔드포인트가 응답하지 않았습니다/).waitFor();
    await dialog.getByRole('button', { name: '닫기' }).click();
    await expect(page.evaluate(() => document.querySelector('.react-flow')?.textContent)).resolves.toBe(
      before,
    );
    await context.close();
  });
});
