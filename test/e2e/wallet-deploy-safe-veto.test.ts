// "Deploy with your wallet" on the OpenZeppelin target when the veto needs 3 of 5 signers: the plan creates the veto's
// Safe through the canonical SafeProxyFactory v1.4.1 (Safe's real code placed at its canonical addresses on a local
// node) and grants it the canceller role; the app reads Governor, timelock and Safe back as drawn, and the chain,
// asked directly, holds a Safe of the five with threshold 3 as the timelock's canceller.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  type Address,
  createPublicClient,
  encodeDeployData,
  getAddress,
  type Hex,
  http,
  keccak256,
  parseAbi,
  toHex,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
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

const guards = Array.from({ length: 5 }, (_, n) =>
  getAddress(`0x${keccak256(toHex(`charter-test:guard-${n}`)).slice(26)}`),
);

/** token-governor with a new token, its timelock replaced by a 3-day veto that 3 of 5 guards must sign. */
function rules(): CharterDocument {
  const document = JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
  ) as CharterDocument;
  const token = document.nodes.find((node) => node.kind === 'token-holders')!.params.token as {
    address?: string;
  };
  delete token.address;
  const at = document.nodes.findIndex((node) => node.id === 'delay');
  document.nodes.splice(
    at,
    1,
    {
      id: 'veto',
      kind: 'veto',
      position: { x: 0, y: 0 },
      params: { window: 259_200, threshold: { count: 3 } },
    } as never,
    { id: 'guard', kind: 'signers', position: { x: 0, y: 200 }, params: { signers: guards } } as never,
  );
  document.edges = document.edges.map((edge) => ({
    ...edge,
    from: edge.from.node === 'delay' ? { node: 'veto', port: 'passed' } : edge.from,
    to: edge.to.node === 'delay' ? { node: 'veto', port: 'in' } : edge.to,
  }));
  document.edges.push(
    { id: 'g', from: { node: 'guard', port: 'voters' }, to: { node: 'veto', port: 'voters' } },
    { id: 'v', from: { node: 'veto', port: 'vetoed' }, to: { node: 'stop', port: 'in' } },
  );
  return document;
}

describe('deploy a Governor whose veto is a Safe, with your wallet', () => {
  it('creates the Safe of the five (threshold 3), makes it the canceller, and reads everything back as drawn', async () => {
    const { page, context } = await openApp(browser);
    await context.addInitScript(injectWallet, chain.url);
    await page.locator('#import-file').setInputFiles({
      name: 'rules.charter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(rules())),
    });
    await page.locator('.toast', { hasText: 'Imported rules.charter.json.' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('.save-state')?.getAttribute('data-pending') === 'false',
    );
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Output' }).click();
    await page.getByRole('tab', { name: 'OpenZeppelin' }).click();
    await page.locator('.wallet-deploy').waitFor();
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByText('Create the Safe (Safe v1.4.1) through the canonical SafeProxyFactory').waitFor();
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await page.getByText('Read back from the chain: what runs equals what was drawn.').waitFor();

    const steps = await page
      .locator('.wallet-steps li')
      .evaluateAll((items) =>
        items.map((item) => `${item.getAttribute('data-step')}=${item.getAttribute('data-status')}`),
      );
    const created = getAddress(
      (await page.locator('.wallet-steps li[data-step="safe"] .wallet-created').textContent())!.replace(
        'created ',
        '',
      ),
    );
    expect(steps).toEqual([
      'token=confirmed',
      'timelock=confirmed',
      'governor=confirmed',
      'safe=confirmed',
      `grant-canceller:${created}=confirmed`,
      'renounce-admin=confirmed',
    ]);
    // Asked of the chain directly: the Safe the factory created holds the five guards, needs 3, and may cancel.
    const client = createPublicClient({ transport: http(chain.url) });
    const safeAbi = parseAbi([
      'function getOwners() view returns (address[])',
      'function getThreshold() view returns (uint256)',
    ]);
    await expect(
      client.readContract({ address: created, abi: safeAbi, functionName: 'getOwners' }),
    ).resolves.toEqual(guards);
    await expect(
      client.readContract({ address: created, abi: safeAbi, functionName: 'getThreshold' }),
    ).resolves.toBe(3n);
    await context.close();
  });
});
