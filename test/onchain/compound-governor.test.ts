// The compound-governor template deployed with deployCalldata's exact data: CharterCompoundGovernor over Compound's
// Timelock, counting a Compound-style token (UNI: Comp.sol's getPriorVotes) through CharterCompVotes (the Timelock's
// and UNI's bytecode as Uniswap shipped them in @uniswap/governance 1.0.2). Every expected number is CompoundGovernor's,
// not Charter's: a quorum of 400,000 COMP of For votes alone (script/CompoundGovernorConstants.sol INITIAL_QUORUM
// 400_000e18; contracts/CompoundGovernor.sol `_quorumReached` counts For only), the Timelock's 2-day delay and
// 14-day GRACE_PERIOD, after which a queued proposal is Expired (GovernorTimelockCompound.state).
import { readFileSync } from 'node:fs';
import {
  type Abi,
  type Address,
  decodeErrorResult,
  decodeFunctionResult,
  encodeAbiParameters,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  parseAbiParameters,
  toHex,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import {
  charterCompoundGovernorArtifact,
  charterCompVotesArtifact,
  compoundTimelockArtifact,
  uniArtifact,
} from '../../compiler/generated/openzeppelin-contracts.ts';
import { deployCalldata } from '../../compiler/targets/openzeppelin/deploy-calldata.ts';
import { type Chain, openChain } from '../../compiler/verify/open-chain.ts';
import { replayProposal } from '../../compiler/verify/replay-proposal.ts';

const COMP = 10n ** 18n;
const DAY = 86_400n;
const proposer = getAddress('0x00000000000000000000000000000000000a11ce');
const justShort = getAddress('0x00000000000000000000000000000000000b0b00'); // 400,000 COMP less one base unit
const exactly = getAddress('0x0000000000000000000000000000000000000ca7'); // 400,000 COMP
const abstainer = getAddress('0x000000000000000000000000000000000000ab57'); // 5,000,000 COMP
const guardian = getAddress('0xbbf3f1421D886E9b2c5D716B5192aC998af2012c'); // the template's canceller
const governorAbi = charterCompoundGovernorArtifact.abi as Abi;
const timelockAbi = compoundTimelockArtifact.abi as Abi;
const uniAbi = uniArtifact.abi as Abi;
const adapterAbi = charterCompVotesArtifact.abi as Abi;

const document = JSON.parse(
  readFileSync(
    new URL('../../rules-schema/examples/compound-governor.charter.json', import.meta.url),
    'utf8',
  ),
);
const compiled = compile(document);
if (!compiled.ok) throw new Error('the compound-governor template does not compile');
const clock = { clockMode: 'blocknumber' as const, blockTime: 12 };

let chain: Chain;
let governor: Address;
let timelock: Address;
let uni: Address;
let adapter: Address;
beforeAll(async () => {
  chain = await openChain();
  const holders = [
    { address: proposer, balance: 25_000n * COMP, delegated: true },
    { address: justShort, balance: 400_000n * COMP - 1n, delegated: true },
    { address: exactly, balance: 400_000n * COMP, delegated: true },
    { address: abstainer, balance: 5_000_000n * COMP, delegated: true },
  ];
  let held = 0n;
  for (const holder of holders) held += holder.balance;
  holders.push({ address: chain.deployer, balance: 10_000_000n * COMP - held, delegated: false });
  const [path] = deployCalldata(compiled.config, {
    deployer: chain.deployer,
    nonce: await chain.nonce(chain.deployer),
    holders,
  });
  const hashes: Hex[] = [];
  for (const contract of [path!.token, path!.votesAdapter!, path!.timelock, path!.governor])
    hashes.push(await chain.send({ from: chain.deployer, data: contract.data, gas: 100_000_000n }));
  await chain.mine();
  // UNI (Comp.sol's votes) takes no holders at construction: transfers from the deployer, then each delegates.
  for (const call of path!.holderCalls) {
    await chain.impersonate(call.from);
    hashes.push(await chain.send({ ...call, gas: 1_000_000n }));
  }
  await chain.mine();
  for (const hash of hashes) expect((await chain.receipt(hash)).status).toBe('success');
  expect([
    path!.token.contractName,
    path!.votesAdapter!.contractName,
    path!.timelock.contractName,
    path!.governor.contractName,
  ]).toEqual(['Uni', 'CharterCompVotes', 'Timelock', 'CharterCompoundGovernor']);
  uni = path!.token.address;
  adapter = path!.votesAdapter!.address;
  governor = path!.governor.address;
  timelock = path!.timelock.address;
  await chain.setBalance(timelock, 10n ** 24n);
}, 60_000);
afterAll(async () => {
  await chain?.close();
});

const encode = (abi: Abi, functionName: string, args: unknown[] = []) =>
  encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]);
async function read<T>(abi: Abi, to: Address, functionName: string, args: unknown[] = []): Promise<T> {
  const data = await chain.call(to, encode(abi, functionName, args));
  return decodeFunctionResult({ abi, functionName, data } as Parameters<typeof decodeFunctionResult>[0]) as T;
}
async function send(from: Address, functionName: string, args: unknown[]) {
  await chain.impersonate(from);
  return chain.send({ from, to: governor, data: encode(governorAbi, functionName, args), gas: 2_000_000n });
}
const states = ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Expired', 'Executed'];

let proposals = 0;
/** Replays one proposal: `votes` are [voter, support] cast in the vote's first block. */
function replay(votes: [Address, 'for' | 'against' | 'abstain'][]) {
  proposals += 1;
  return replayProposal(chain, {
    governor,
    clock,
    proposer,
    recipient: getAddress(`0xbeef${proposals.toString(16).padStart(36, '0')}`),
    value: 1n,
    description: `compound-governor test ${proposals}`,
    votes: votes.map(([voter, support]) => ({ voter, support, at: 157_680 + 12 })),
  });
}

describe('CharterCompoundGovernor on chain (the compound-governor template)', () => {
  it("says what it counts and holds Compound's Timelock: For alone, 400,000 COMP fixed, 2 days, 14 days", async () => {
    expect(await read<string>(governorAbi, governor, 'COUNTING_MODE')).toBe('support=bravo&quorum=for');
    expect(await read<bigint>(governorAbi, governor, 'quorum', [0n])).toBe(400_000n * COMP);
    expect(await read<Address>(governorAbi, governor, 'timelock')).toBe(timelock);
    expect(await read<Address>(timelockAbi, timelock, 'admin')).toBe(governor);
    expect(await read<bigint>(timelockAbi, timelock, 'delay')).toBe(2n * DAY);
    expect(await read<bigint>(timelockAbi, timelock, 'GRACE_PERIOD')).toBe(14n * DAY);
    expect(await read<boolean>(governorAbi, governor, 'isCanceller', [guardian])).toBe(true);
    // A fixed quorum has no numerator: the getter reverts, as it does on a Governor without the fraction module.
    const numerator = await chain.call(governor, encode(governorAbi, 'quorumNumerator'));
    expect(decodeErrorResult({ abi: governorAbi, data: numerator })).toMatchObject({
      errorName: 'CharterFixedQuorum',
      args: [400_000n * COMP],
    });
  });

  it("counts UNI's own getPriorVotes (Comp.sol's checkpoints) on a block clock, and has no past total supply", async () => {
    expect(await read<Address>(governorAbi, governor, 'token')).toBe(adapter);
    expect(await read<string>(governorAbi, governor, 'CLOCK_MODE')).toBe('mode=blocknumber&from=default');
    await chain.mine(); // the block that holds the holders' delegations is now in the past
    const { number } = await chain.head();
    expect(await read<bigint>(uniAbi, uni, 'getPriorVotes', [exactly, number - 1n])).toBe(400_000n * COMP);
    expect(await read<bigint>(governorAbi, governor, 'getVotes', [exactly, number - 1n])).toBe(
      400_000n * COMP,
    );
    // The deployer keeps the rest of UNI's 1,000,000,000 undelegated: no votes.
    expect(await read<bigint>(governorAbi, governor, 'getVotes', [chain.deployer, number - 1n])).toBe(0n);
    const supply = await chain.call(adapter, encode(adapterAbi, 'getPastTotalSupply', [number - 1n]));
    expect(decodeErrorResult({ abi: adapterAbi, data: supply }).errorName).toBe(
      'CharterCompVotesNoPastTotalSupply',
    );
  });

  it('reaches quorum at exactly 400,000 COMP of For, not one base unit less, and Abstain does not count', async () => {
    const short = await replay([
      [justShort, 'for'],
      [abstainer, 'abstain'],
    ]);
    expect([short.state, short.forVotes, short.abstainVotes]).toEqual([
      'Defeated',
      400_000n * COMP - 1n,
      5_000_000n * COMP,
    ]);
    const enough = await replay([[exactly, 'for']]);
    expect([enough.state, enough.quorum, enough.forVotes, enough.executed]).toEqual([
      'Succeeded',
      400_000n * COMP,
      400_000n * COMP,
      true,
    ]);
  }, 60_000);

  it('expires a queued proposal at its eta plus the 14-day grace period, and executes it one second before', async () => {
    const queueOne = async (description: string) => {
      const action = [[getAddress('0x000000000000000000000000000000000000feed')], [1n], ['0x']] as const;
      const id = await read<bigint>(governorAbi, governor, 'hashProposal', [
        ...action,
        keccak256(toHex(description)),
      ]);
      await send(proposer, 'propose', [...action, description]);
      await chain.mine();
      await chain.mineEmpty(13_141n, 12n);
      await send(exactly, 'castVote', [id, 1]);
      await chain.mine();
      await chain.mineEmpty(19_711n, 12n);
      await send(proposer, 'queue', [...action, keccak256(toHex(description))]);
      await chain.mine();
      expect(states[await read<number>(governorAbi, governor, 'state', [id])]).toBe('Queued');
      return { id, action, eta: await read<bigint>(governorAbi, governor, 'proposalEta', [id]) };
    };
    const late = await queueOne('expires');
    await chain.mine(late.eta + 14n * DAY);
    expect(states[await read<number>(governorAbi, governor, 'state', [late.id])]).toBe('Expired');
    const refused = await send(proposer, 'execute', [...late.action, keccak256(toHex('expires'))]);
    await chain.mine();
    expect((await chain.receipt(refused)).status).toBe('reverted');

    const inTime = await queueOne('runs in time');
    const executed = await send(proposer, 'execute', [...inTime.action, keccak256(toHex('runs in time'))]);
    await chain.mine(inTime.eta + 14n * DAY - 1n);
    expect((await chain.receipt(executed)).status).toBe('success');
    expect(states[await read<number>(governorAbi, governor, 'state', [inTime.id])]).toBe('Executed');
  }, 60_000);

  it('lets the canceller cancel a queued proposal, in the Timelock too, and nobody else', async () => {
    const description = 'cancelled by the guardian';
    const action = [[getAddress('0x000000000000000000000000000000000000feed')], [1n], ['0x']] as const;
    const hash = keccak256(toHex(description));
    const id = await read<bigint>(governorAbi, governor, 'hashProposal', [...action, hash]);
    await send(proposer, 'propose', [...action, description]);
    await chain.mine();
    await chain.mineEmpty(13_141n, 12n);
    await send(exactly, 'castVote', [id, 1]);
    await chain.mine();
    await chain.mineEmpty(19_711n, 12n);
    // Not yet queued: the canceller's power is over queued proposals only.
    const early = await send(guardian, 'cancel', [...action, hash]);
    await chain.mine();
    expect((await chain.receipt(early)).status).toBe('reverted');
    await send(proposer, 'queue', [...action, hash]);
    await chain.mine();
    const byStranger = await send(justShort, 'cancel', [...action, hash]);
    await chain.mine();
    expect((await chain.receipt(byStranger)).status).toBe('reverted');
    const cancel = await send(guardian, 'cancel', [...action, hash]);
    await chain.mine();
    expect((await chain.receipt(cancel)).status).toBe('success');
    expect(states[await read<number>(governorAbi, governor, 'state', [id])]).toBe('Canceled');
    const eta = await read<bigint>(governorAbi, governor, 'proposalEta', [id]);
    const txHash = keccak256(
      encodeAbiParameters(parseAbiParameters('address, uint256, string, bytes, uint256'), [
        action[0][0],
        action[1][0],
        '',
        '0x',
        eta,
      ]),
    );
    expect(await read<boolean>(timelockAbi, timelock, 'queuedTransactions', [txHash])).toBe(false);
  }, 60_000);
});
