// "Deploy with your wallet" on the Safe target: the team-treasury template's Safe created from the app through the
// canonical SafeProxyFactory v1.4.1 (its real code placed at its canonical address on a local node), then read back
// by the app, and imported again with the library: the drawing comes back with the same owners and threshold.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { type Address, createPublicClient, encodeDeployData, getAddress, type Hex, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { importContracts } from '../../compiler/import/import-contracts.ts';
import { canonicalSafe } from '../../compiler/targets/safe/canonical-safe.ts';
import { safeContract } from '../../compiler/verify/safe/safe-contracts.ts';
import { type ServedChain, serveChain } from '../onchain/serve-chain.ts';
import { launchBrowser, openApp } from './browser.ts';
import { injectWallet } from './injected-wallet.ts';

let browser: Browser;
let chain: ServedChain;
beforeAll(async () => {
  [browser, chain] = await Promise.all([launchBrowser(), serveChain(1)]);
  const deployer = ((await chain.request('eth_accounts')) as Address[])[0]!;
  // Safe's contracts where Safe deploys them on every chain: created here, then their runtime code moved there.
  for (const name of ['Safe', 'SafeProxyFactory', 'CompatibilityFallbackHandler'] as const) {
    const { abi, bytecode } = safeContract(name);
    const hash = (await chain.request('eth_sendTransaction', [
      { from: deployer, data: encodeDeployData({ abi, bytecode }), gas: '0x1c9c380', gasPrice: '0x0' },
    ])) as Hex;
    const { contractAddress } = (await chain.request('eth_getTransactionReceipt', [hash])) as {
      contractAddress: Address;
    };
    const code = await chain.request('eth_getCode', [contractAddress, 'latest']);
    await chain.request('hardhat_setCode', [canonicalSafe[name].address, code]);
  }
});
afterAll(async () => {
  await browser?.close();
  await chain?.close();
});

describe('deploy a Safe with your wallet', () => {
  it('creates the template’s Safe through the canonical factory and reads the same owners and threshold back', async () => {
    const { page, context } = await openApp(browser);
    await context.addInitScript(injectWallet, chain.url);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await page.locator('[data-template="team-treasury-safe"]').click();
    await page.getByRole('tab', { name: 'Output' }).click();
    await page.getByRole('tab', { name: 'Safe' }).click();
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByText('Create the Safe (Safe v1.4.1) through the canonical SafeProxyFactory').waitFor();
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await page.getByText('Read back from the chain: what runs equals what was drawn.').waitFor();
    const created = (await page.locator('.wallet-created').textContent())!.replace('created ', '');

    const template = JSON.parse(
      readFileSync(
        new URL('../../rules-schema/examples/team-treasury-safe.charter.json', import.meta.url),
        'utf8',
      ),
    ) as CharterDocument;
    const imported = await importContracts(
      createPublicClient({ transport: http(chain.url) }),
      getAddress(created),
    );
    if (!imported.ok) throw new Error(imported.reason.en);
    const signers = (document: CharterDocument) =>
      (document.nodes.find((node) => node.kind === 'signers')!.params as { signers: string[] }).signers.map(
        (a) => getAddress(a),
      );
    expect(signers(imported.document)).toEqual(signers(template));
    expect(imported.document.nodes.find((node) => node.kind === 'multisig')!.params).toMatchObject({
      threshold: 3,
    });
    await context.close();
  });
});
