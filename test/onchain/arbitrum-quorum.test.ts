// Arbitrum's quorum on Charter's reference contracts: the treasury path of the arbitrum-dao template deployed with
// deploymentPlan, its quorum read at each block while ARB is moved and delegated, against figures worked by hand
// from L2ArbitrumGovernor.quorum() (ArbitrumFoundation/governance, delegate-total-poc-fixed): total delegation less
// the exclude address's votes, times 40 / 100 rounded down, within 100,000,000 and 300,000,000 ARB.
import { readFileSync } from 'node:fs';
import {
  type Address,
  createPublicClient,
  decodeErrorResult,
  decodeFunctionResult,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  parseAbi,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { charterGovernorArtifact } from '../../compiler/generated/openzeppelin-contracts.ts';
import { importGovernor } from '../../compiler/import/import-governor.ts';
import { deploymentPlan } from '../../compiler/targets/openzeppelin/deployment-plan.ts';
import { readGovernorEntries } from '../../compiler/targets/openzeppelin/read-governor-entries.ts';
import { openzeppelinWalletPlan } from '../../src/panels/output/openzeppelin-wallet-plan.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

const ARB = 10n ** 18n;
const million = (n: bigint) => n * 1_000_000n * ARB;
const EXCLUDE = getAddress('0x00000000000000000000000000000000000A4B86');
const ARB_TOKEN = getAddress('0x912CE59144191C1204E64559FE8253a0e49E6548');
/** A: a holder; T: the treasury; C: one who never delegates; D: one given 3 base units. */
const at = (tail: string): Address => getAddress(`0x${'00'.repeat(19)}${tail}`);
const [A, T, C, D] = [at('a1'), at('7e'), at('c0'), at('d0')] as const;

const tokenAbi = parseAbi([
  'function transfer(address to, uint256 value) returns (bool)',
  'function delegate(address delegatee)',
  'function getTotalDelegationAt(uint256 timepoint) view returns (uint256)',
]);
const governorAbi = parseAbi(['function quorum(uint256 timepoint) view returns (uint256)']);

function template(change: (document: CharterDocument) => void = () => {}): CharterConfig {
  const document = JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/arbitrum-dao.charter.json', import.meta.url), 'utf8'),
  ) as CharterDocument;
  change(document);
  const compiled = compile(document);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics.slice(0, 2)));
  return compiled.config;
}

/** The electorate names no token: the plan creates CharterVotesToken with the whole supply at the deployer. */
function newToken(document: CharterDocument) {
  const arb = document.nodes.find((node) => node.id === 'arb')!;
  delete (arb.params as { token: { address?: string } }).token.address;
}

let chain: ServedChain;
let deployer: Address;
beforeAll(async () => {
  chain = await serveChain(42161);
  deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
});
afterAll(async () => {
  await chain?.close();
});

/** Sends one transaction from any account (impersonated) and returns the block it was mined in. */
async function send(from: Address, data: Hex, to?: Address): Promise<{ block: bigint; ok: boolean }> {
  await chain.request('hardhat_impersonateAccount', [from]);
  const hash = (await chain.request('eth_sendTransaction', [
    { from, ...(to ? { to } : {}), data, gas: '0x5f5e100', gasPrice: '0x0' },
  ])) as Hex;
  const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as {
    status: Hex;
    blockNumber: Hex;
  };
  return { block: BigInt(receipt.blockNumber), ok: receipt.status === '0x1' };
}

async function read(
  to: Address,
  abi: typeof tokenAbi | typeof governorAbi,
  functionName: string,
  at: bigint,
) {
  const data = encodeFunctionData({ abi, functionName, args: [at] } as never);
  const result = (await chain.request('eth_call', [{ to, data }, 'latest'])) as Hex;
  return decodeFunctionResult({ abi, functionName, data: result } as never) as bigint;
}

describe("arbitrum-dao on OpenZeppelin: the treasury path deploys, the core path's cross-chain leg is refused", () => {
  it('emits one Governor, for the Treasury Governor vote, and names both timelocks after the L2 core timelock', () => {
    const config = template();
    expect(readGovernorEntries(config).map((entry) => entry.vote)).toEqual(['treasury-vote']);
    const refused = (config.targets.openzeppelin?.problems ?? []).map((problem) => problem.nodeId);
    expect(refused).toEqual(['challenge', 'l1-timelock']);
    const { governor } = readGovernorEntries(config)[0]!;
    expect(governor).toMatchObject({
      quorumNumerator: 40n,
      quorumDenominator: 100n,
      quorumOf: 'delegated',
      quorumExcluded: [EXCLUDE],
      quorumMinimum: million(100n),
      quorumMaximum: million(300n),
    });
  });

  it('computes the quorum at each block as L2ArbitrumGovernor does, on a new token that tracks total delegation', async () => {
    // A new token: the plan mints the 10,000,000,000 ARB to the deployer, delegated to itself.
    const config = template(newToken);
    const nonce = Number(await chain.request('eth_getTransactionCount', [deployer, 'latest']));
    const plan = deploymentPlan(config, { deployer, nonce })!;
    expect(plan.steps.map((step) => step.id)).toEqual(['token', 'timelock', 'governor']);
    let deployed = 0n;
    for (const step of plan.steps) {
      const sent = await send(deployer, step.data, step.to);
      expect(sent.ok, step.id).toBe(true);
      deployed = sent.block;
    }
    const token = plan.token;
    const call = (functionName: 'transfer' | 'delegate', args: readonly unknown[]) =>
      encodeFunctionData({ abi: tokenAbi, functionName, args } as never);
    const blocks: bigint[] = [deployed];
    // 1. The deployer takes its delegation back: nothing is delegated.
    blocks.push(
      (await send(deployer, call('delegate', ['0x0000000000000000000000000000000000000000']), token)).block,
    );
    // 2. A gets 500,000,000 ARB and delegates to itself.
    await send(deployer, call('transfer', [A, million(500n)]), token);
    blocks.push((await send(A, call('delegate', [A]), token)).block);
    // 3. The treasury T gets 250,000,000 ARB and delegates it to the exclude address, as Arbitrum's treasury does.
    await send(deployer, call('transfer', [T, million(250n)]), token);
    blocks.push((await send(T, call('delegate', [EXCLUDE]), token)).block);
    // 4. A sends 100,000,000 ARB to C, who has not delegated.
    blocks.push((await send(A, call('transfer', [C, million(100n)]), token)).block);
    // 5. D gets 3 base units and delegates to itself: 40% of 3 is 1.2, rounded down.
    await send(deployer, call('transfer', [D, 3n]), token);
    blocks.push((await send(D, call('delegate', [D]), token)).block);
    await chain.request('evm_mine');

    // [total delegation, quorum] by hand: 10,000,000,000 × 40% = 4,000,000,000, lowered to the 300,000,000 maximum;
    // 0 raised to the 100,000,000 minimum; 500,000,000 × 40%; (750,000,000 − 250,000,000) × 40%;
    // (650,000,000 − 250,000,000) × 40%; ⌊(400,000,000 ARB + 3) × 40 / 100⌋ = 160,000,000 ARB + 1.
    const expected: [bigint, bigint][] = [
      [million(10_000n), million(300n)],
      [0n, million(100n)],
      [million(500n), million(200n)],
      [million(750n), million(200n)],
      [million(650n), million(160n)],
      [million(650n) + 3n, million(160n) + 1n],
    ];
    const found: [bigint, bigint][] = [];
    for (const block of blocks)
      found.push([
        await read(token, tokenAbi, 'getTotalDelegationAt', block),
        await read(plan.governor, governorAbi, 'quorum', block),
      ]);
    expect(found).toEqual(expected);

    // Read back as the app's wallet deploy does (the same plan): every Governor and timelock field as drawn.
    const client = createPublicClient({ transport: http(chain.url) });
    const wallet = openzeppelinWalletPlan(config, 'treasury-vote', deployer, nonce)!;
    expect(wallet.steps.map((step) => step.data)).toEqual(plan.steps.map((step) => step.data));
    expect(await wallet.readBack(client, {})).toEqual({ differences: [] });
    const imported = await importGovernor(client, plan.governor);
    if (!imported.ok) throw new Error(imported.reason.en);
    const vote = imported.document.nodes.find((node) => node.kind === 'majority-vote')!;
    expect(vote.params).toMatchObject({
      quorum: { percent: '40' },
      quorumOf: 'delegated',
      quorumExcluded: [EXCLUDE],
      quorumMinimum: '100000000',
      quorumMaximum: '300000000',
    });
  });

  it('refuses at deployment an existing token that has no getTotalDelegationAt, and takes one that has', async () => {
    // The template's own ARB address, here first with code that has no such function (a TimelockController's).
    const config = template();
    const nonce = Number(await chain.request('eth_getTransactionCount', [deployer, 'latest']));
    const plan = deploymentPlan(config, { deployer, nonce })!;
    expect(plan.newToken).toBe(false);
    expect(plan.token).toBe(ARB_TOKEN);
    expect(plan.steps.map((step) => step.id)).toEqual(['timelock', 'governor']);
    const [timelockStep, governorStep] = plan.steps;
    expect((await send(deployer, timelockStep!.data)).ok).toBe(true);
    await chain.request('hardhat_setCode', [
      ARB_TOKEN,
      await chain.request('eth_getCode', [plan.timelock, 'latest']),
    ]);
    const refused = await chain
      .request('eth_call', [{ from: deployer, data: governorStep!.data }, 'latest'])
      .then(
        () => undefined,
        (error: { data?: Hex | { data?: Hex } }) =>
          typeof error.data === 'object' ? error.data.data : error.data,
      );
    expect(refused).toBeDefined();
    expect(decodeErrorResult({ abi: charterGovernorArtifact.abi, data: refused! })).toMatchObject({
      errorName: 'CharterTokenWithoutTotalDelegation',
      args: [ARB_TOKEN],
    });

    // With a token that tracks total delegation at that address (CharterVotesToken's code), the same creation runs.
    const other = template(newToken);
    const fresh = deploymentPlan(other, {
      deployer,
      nonce: Number(await chain.request('eth_getTransactionCount', [deployer, 'latest'])),
    })!;
    expect((await send(deployer, fresh.steps[0]!.data)).ok).toBe(true);
    await chain.request('hardhat_setCode', [
      ARB_TOKEN,
      await chain.request('eth_getCode', [fresh.token, 'latest']),
    ]);
    expect(await chain.request('eth_call', [{ from: deployer, data: governorStep!.data }, 'latest'])).toMatch(
      /^0x/,
    );
  });
});

describe('charter verify catches a deployed quorum that differs from the rules', () => {
  type Governor = Record<string, unknown>;
  // The Governor is deployed from the target's parameters, the simulator runs the rules: change one, not the other.
  it.each<[string, (governor: Governor) => void, string]>([
    [
      'a maximum one base unit above 300,000,000 ARB',
      (governor) => {
        governor.quorumMaximum = String(million(300n) + 1n);
      },
      'scenario',
    ],
    [
      'a minimum one base unit below 100,000,000 ARB',
      (governor) => {
        governor.quorumMinimum = String(million(100n) - 1n);
      },
      'one base unit below the minimum',
    ],
    [
      'no exclude address',
      (governor) => {
        delete governor.quorumExcluded;
      },
      "left out of the quorum's base",
    ],
  ])(
    '%s',
    async (_name, mutate, where) => {
      const config = template();
      const [unit] = config.targets.openzeppelin!.parameters.governors as { governor: Governor }[];
      mutate(unit!.governor);
      const { verifyGovernors } = await import('../../compiler/verify/verify-governors.ts');
      const result = await verifyGovernors(config, { scenarios: 1 });
      expect(result.agreed).toBe(false);
      const first = result.paths[0]!.checks.find((check) => check.mismatch !== undefined)!;
      expect(first.boundary ?? 'scenario').toContain(where);
      expect(['state', 'quorum']).toContain(first.mismatch!.field);
    },
    300_000,
  );
});
