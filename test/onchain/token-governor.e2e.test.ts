// End to end: the token-governor template's compiled parameters, deployed with deployCalldata's exact data, run a
// proposal through OpenZeppelin's Governor and TimelockController that moves tokens out of the timelock.
import { readFileSync } from 'node:fs';
import {
  type Abi,
  type Address,
  decodeFunctionResult,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  toHex,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import {
  charterGovernorArtifact,
  charterVotesTokenArtifact,
  timelockControllerArtifact,
} from '../../compiler/generated/openzeppelin-contracts.ts';
import { deployCalldata } from '../../compiler/targets/openzeppelin/deploy-calldata.ts';
import { type Chain, openChain } from '../../compiler/verify/open-chain.ts';

const templateText = readFileSync(
  new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url),
  'utf8',
);
const UNI = 10n ** 18n;
const whale = getAddress('0x00000000000000000000000000000000000a11ce');
const minnow = getAddress('0x00000000000000000000000000000000000b0b00');
const recipient = getAddress('0x000000000000000000000000000000000000feed');

function config(clockMode: 'blocknumber' | 'timestamp' = 'blocknumber') {
  const document = JSON.parse(templateText);
  document.chain.clockMode = clockMode;
  const compiled = compile(document);
  if (!compiled.ok) throw new Error('the token-governor template does not compile');
  return compiled.config;
}

let chain: Chain;
beforeAll(async () => {
  chain = await openChain();
});
afterAll(async () => {
  await chain.close();
});

function encode(abi: Abi, functionName: string, args: unknown[]): Hex {
  return encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]);
}

async function read(abi: Abi, to: Address, functionName: string, args: unknown[] = []): Promise<unknown> {
  const data = await chain.call(to, encode(abi, functionName, args));
  return decodeFunctionResult({ abi, functionName, data } as Parameters<typeof decodeFunctionResult>[0]);
}

async function send(abi: Abi, from: Address, to: Address, functionName: string, args: unknown[]) {
  await chain.impersonate(from);
  return chain.send({ from, to, data: encode(abi, functionName, args), gas: 2_000_000n });
}

/** Deploys the config's one path with deployCalldata's data, the timelock holding 1,000,000 UNI of the supply. */
async function deploy(clockMode: 'blocknumber' | 'timestamp') {
  const nonce = await chain.nonce(chain.deployer);
  const [predicted] = deployCalldata(config(clockMode), { deployer: chain.deployer, nonce });
  const holders = [
    { address: whale, balance: 600_000_000n * UNI, delegated: true },
    { address: minnow, balance: 399_000_000n * UNI, delegated: true },
    { address: predicted!.timelock.address, balance: 1_000_000n * UNI, delegated: false },
  ];
  const [path] = deployCalldata(config(clockMode), { deployer: chain.deployer, nonce, holders });
  const hashes: Hex[] = [];
  for (const contract of [path!.token, path!.timelock, path!.governor])
    hashes.push(await chain.send({ from: chain.deployer, data: contract.data, gas: 100_000_000n }));
  await chain.mine();
  const receipts = await Promise.all(hashes.map((hash) => chain.receipt(hash)));
  expect(receipts.map((receipt) => receipt.contractAddress && getAddress(receipt.contractAddress))).toEqual([
    path!.token.address,
    path!.timelock.address,
    path!.governor.address,
  ]);
  return path!;
}

describe('the token-governor template on chain', () => {
  it('deploys with the compiled parameters and executes a transfer from the timelock', async () => {
    const path = await deploy('blocknumber');
    const governor = path.governor.address;
    const abi = charterGovernorArtifact.abi;
    expect(await read(abi, governor, 'name')).toBe('Token governor');
    expect(await read(abi, governor, 'votingDelay')).toBe(13_140n);
    expect(await read(abi, governor, 'votingPeriod')).toBe(40_320n);
    expect(await read(abi, governor, 'proposalThreshold')).toBe(1_000_000n * UNI);
    expect(await read(abi, governor, 'quorumNumerator')).toBe(4n);
    expect(await read(abi, governor, 'quorumDenominator')).toBe(100n);
    expect(await read(abi, governor, 'CLOCK_MODE')).toBe('mode=blocknumber&from=default');
    expect(await read(timelockControllerArtifact.abi, path.timelock.address, 'getMinDelay')).toBe(172_800n);

    const token = path.token.address;
    const transfer = encodeFunctionData({
      abi: charterVotesTokenArtifact.abi,
      functionName: 'transfer',
      args: [recipient, 250_000n * UNI],
    });
    const action = [[token], [0n], [transfer]] as const;
    const description = 'Send 250,000 UNI from the treasury';
    const descriptionHash = keccak256(toHex(description));
    await send(abi, minnow, governor, 'propose', [...action, description]);
    await chain.mine();
    const id = (await read(abi, governor, 'hashProposal', [...action, descriptionHash])) as bigint;
    const proposedAt = (await chain.head()).number;
    expect(await read(abi, governor, 'proposalSnapshot', [id])).toBe(proposedAt + 13_140n);
    expect(await read(abi, governor, 'proposalDeadline', [id])).toBe(proposedAt + 13_140n + 40_320n);

    await chain.mineEmpty(13_140n, 12n);
    await send(abi, whale, governor, 'castVote', [id, 1]);
    await send(abi, minnow, governor, 'castVote', [id, 0]);
    await chain.mine();
    expect(await read(abi, governor, 'proposalVotes', [id])).toEqual([
      399_000_000n * UNI,
      600_000_000n * UNI,
      0n,
    ]);
    expect(await read(abi, governor, 'quorum', [proposedAt + 13_140n])).toBe(40_000_000n * UNI);

    // Active up to its deadline, so it can be queued only in the block after.
    await chain.mineEmpty(40_320n - 2n, 12n);
    await chain.mine();
    expect((await chain.head()).number).toBe(proposedAt + 13_140n + 40_320n);
    expect(await read(abi, governor, 'state', [id])).toBe(1); // Active
    const queue = await send(abi, minnow, governor, 'queue', [...action, descriptionHash]);
    await chain.mine();
    expect((await chain.receipt(queue)).status).toBe('success');
    const queuedAt = (await chain.head()).timestamp;
    expect(await read(abi, governor, 'proposalEta', [id])).toBe(queuedAt + 172_800n);

    // A second before the eta the timelock refuses; at the eta anyone may execute.
    const early = await send(abi, minnow, governor, 'execute', [...action, descriptionHash]);
    await chain.mine(queuedAt + 172_799n);
    expect((await chain.receipt(early)).status).toBe('reverted');
    const execute = await send(abi, minnow, governor, 'execute', [...action, descriptionHash]);
    await chain.mine(queuedAt + 172_800n);
    expect((await chain.receipt(execute)).status).toBe('success');
    expect(await read(abi, governor, 'state', [id])).toBe(7); // Executed
    const balanceOf = (account: Address) =>
      read(charterVotesTokenArtifact.abi, token, 'balanceOf', [account]);
    expect(await balanceOf(recipient)).toBe(250_000n * UNI);
    expect(await balanceOf(path.timelock.address)).toBe(750_000n * UNI);
  });

  it('counts time in seconds with a timestamp clock: token and Governor both say mode=timestamp', async () => {
    const path = await deploy('timestamp');
    expect(await read(charterVotesTokenArtifact.abi, path.token.address, 'CLOCK_MODE')).toBe(
      'mode=timestamp',
    );
    expect(await read(charterGovernorArtifact.abi, path.governor.address, 'CLOCK_MODE')).toBe(
      'mode=timestamp',
    );
    expect(await read(charterGovernorArtifact.abi, path.governor.address, 'votingPeriod')).toBe(483_840n);
    expect(await read(charterGovernorArtifact.abi, path.governor.address, 'clock')).toBe(
      Number((await chain.head()).timestamp),
    );
  });
});
