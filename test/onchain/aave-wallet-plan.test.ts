// The app's wallet deployment of the aave-v3 template, without a browser: the Output panel's plan for each level
// (openzeppelinWalletPlan: the library's deploymentPlan from the account's nonce) sent step by step to a local node,
// then its read-back (the importer, compiled again) compared with the drawing. On today's main the OpenZeppelin target
// emits no Governor for either level, so there is no plan; once CharterGovernor holds Aave's For threshold, margin and
// grace period, what runs must read back as drawn.
import { readFileSync } from 'node:fs';
import { type Address, createPublicClient, getAddress, type Hex, http } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { openzeppelinWalletPlan } from '../../src/panels/output/openzeppelin-wallet-plan.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

let chain: ServedChain;
let account: Address;
beforeAll(async () => {
  chain = await serveChain(1);
  account = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
});
afterAll(async () => {
  await chain?.close();
});

describe("the app's wallet deployment of aave-v3", () => {
  it.each(['vote-1', 'vote-2'])('%s deploys from the plan and reads back as drawn', async (vote) => {
    const design = JSON.parse(
      readFileSync(new URL('../../rules-schema/examples/aave-v3.charter.json', import.meta.url), 'utf8'),
    ) as CharterDocument;
    // AAVE's own token is not on this chain: the plan creates one, as the app does for a drawing without an address.
    const holders = design.nodes.find((node) => node.kind === 'token-holders')!;
    delete (holders.params.token as { address?: string }).address;
    const compiled = compile(design);
    if (!compiled.ok) throw new Error('aave-v3 does not compile');
    const nonce = Number(await chain.request('eth_getTransactionCount', [account, 'latest']));
    const plan = openzeppelinWalletPlan(compiled.config, vote, account, nonce)!;
    expect(plan.steps.map((step) => [step.id, step.contractName])).toEqual([
      ['token', 'CharterVotesToken'],
      ['timelock', 'TimelockController'],
      ['governor', 'CharterGovernor'],
    ]);
    for (const step of plan.steps) {
      const hash = (await chain.request('eth_sendTransaction', [
        {
          from: account,
          ...(step.to ? { to: step.to } : {}),
          data: step.data,
          nonce: `0x${step.nonce!.toString(16)}`,
          gas: '0x5f5e100',
          gasPrice: '0x0',
        },
      ])) as Hex;
      const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as { status: Hex };
      expect(receipt.status, step.id).toBe('0x1');
    }
    const client = createPublicClient({ transport: http(chain.url) });
    // The OpenZeppelin plan creates no CREATE2 proxy, so nothing is found in logs: `created` is empty.
    expect(await plan.readBack(client, {})).toEqual({ differences: [] });
  });
});
