// Uniswap's own GovernorAlpha, Timelock and UNI, from their published build (npm @uniswap/governance 1.0.2, the
// bytecode Uniswap deployed in 2020), deployed on a local node at chain id 1, then read back by `charter import`.
// Every expected number is read from Uniswap's GovernorAlpha.sol, not from Charter: quorumVotes() 40,000,000 UNI
// (4% of 1,000,000,000), proposalThreshold() 10,000,000 UNI (1%) with propose() needing *more* than it, votingDelay()
// 1 block, votingPeriod() 40,320 blocks; the Timelock's GRACE_PERIOD is 14 days and its delay is what we deploy.
import { createRequire } from 'node:module';
import { type Abi, type Address, encodeDeployData, getAddress, getContractAddress, type Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

const require = createRequire(import.meta.url);
const artifact = (name: string) =>
  require(`@uniswap/governance/build/${name}.json`) as { abi: Abi; bytecode: Hex };

let chain: ServedChain;
let deployer: Address;
beforeAll(async () => {
  chain = await serveChain(1);
  deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
});
afterAll(async () => {
  await chain?.close();
});

async function deployContract(name: string, args: unknown[]): Promise<Address> {
  const { abi, bytecode } = artifact(name);
  const data = encodeDeployData({
    abi,
    bytecode: bytecode.startsWith('0x') ? bytecode : `0x${bytecode}`,
    args,
  });
  const hash = (await chain.request('eth_sendTransaction', [
    { from: deployer, data, gas: '0x1c9c380', gasPrice: '0x0' },
  ])) as Hex;
  const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as {
    status: Hex;
    contractAddress: Address;
  };
  expect(receipt.status).toBe('0x1');
  return getAddress(receipt.contractAddress);
}

/** UNI, a Timelock whose admin is `timelockAdmin` (the Governor's address, known before it exists, by default) and GovernorAlpha. */
async function deployUniswap(delay: bigint, timelockAdmin?: Address) {
  const nonce = Number(await chain.request('eth_getTransactionCount', [deployer, 'latest']));
  const governorAddress = getContractAddress({ from: deployer, nonce: BigInt(nonce + 2) });
  const mintingAllowedAfter = 4_000_000_000n; // far in the future: no minting, the supply stays 1,000,000,000
  const uni = await deployContract('Uni', [deployer, deployer, mintingAllowedAfter]);
  const timelock = await deployContract('Timelock', [timelockAdmin ?? governorAddress, delay]);
  const governor = await deployContract('GovernorAlpha', [timelock, uni]);
  expect(governor).toBe(governorAddress);
  return { uni, timelock, governor };
}

async function runImport(...args: string[]) {
  const io = fakeIO();
  const code = await main(['import', '--rpc', chain.url, ...args], io);
  return { code, io };
}

const params = (document: CharterDocument, kind: string) =>
  document.nodes.find((node) => node.kind === kind)!.params;

describe('charter import of a GovernorAlpha (Uniswap, 2020)', () => {
  it("draws Uniswap's numbers as its contracts hold them, with what the document cannot hold as notes", async () => {
    const deployed = await deployUniswap(172_800n);
    const { code, io } = await runImport(deployed.governor);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const imported = JSON.parse(io.out) as CharterDocument;

    expect(params(imported, 'token-holders')).toMatchObject({
      token: {
        name: 'Uniswap',
        symbol: 'UNI',
        decimals: 18,
        totalSupply: '1000000000',
        address: deployed.uni,
      },
      // UNI is Comp.sol's code: getPriorVotes answers, getPastVotes reverts.
      standard: 'comp-votes',
    });
    // More than 10,000,000 UNI: at least 10,000,000 UNI and one base unit (10^-18 UNI).
    expect(params(imported, 'proposal')).toMatchObject({ minVotingPower: '10000000.000000000000000001' });
    expect(params(imported, 'majority-vote')).toMatchObject({
      quorum: { absolute: '40000000' },
      quorumCounts: 'for',
      supportThreshold: '50',
      votingDelay: 12, // 1 block × 12 s
      votingPeriod: 483_840, // 40,320 blocks × 12 s = 5.6 days
      lateQuorumExtension: 0,
    });
    expect(params(imported, 'timelock')).toEqual({
      delay: 172_800,
      gracePeriod: 1_209_600, // 14 days
      executors: 'anyone',
      cancellers: [],
    });
    expect(imported.description).toMatch(/^Imported from the GovernorAlpha 0x/);
    expect(io.err).toContain('note: GovernorAlpha takes For or Against only');
    expect(io.err).toContain('note: GovernorAlpha lets anyone cancel a proposal');
    expect(io.err).toContain('more than 10000000 UNI propose');
    expect(io.err).not.toContain('admin');

    // The imported document compiles to CharterCompoundGovernor over Compound's Timelock (For alone toward a fixed
    // 40,000,000 UNI, a 14-day grace period), and `charter verify` replays it there with no disagreement.
    const compiled = compile(imported);
    expect(compiled.ok).toBe(true);
    const verifyIO = fakeIO({ 'alpha.json': io.out });
    const verified = await main(
      ['verify', 'alpha.json', '--target', 'openzeppelin', '--scenarios', '20'],
      verifyIO,
    );
    expect(verifyIO.err).toBe('');
    expect(verifyIO.out).toContain('CharterCompoundGovernor 0x');
    expect(verifyIO.out).toContain("Compound's Timelock 0x");
    expect(verifyIO.out).toMatch(/Uni 0x[0-9a-fA-F]{40} read through CharterCompVotes 0x/);
    expect(verifyIO.out).toMatch(/quorum 40,000,000 UNI/);
    expect(verifyIO.out).toContain('20 of 20 scenarios agree.');
    // Proposals were made and voted on, not only refused at the threshold.
    expect(verifyIO.out).toMatch(/agrees: Succeeded .*executed/);
    expect(verifyIO.out).toMatch(/agrees: Defeated/);
    expect(verified).toBe(0);
  });

  it('says so in both languages when the timelock answers to an account, not the Governor', async () => {
    const deployed = await deployUniswap(172_800n, deployer);
    const { code, io } = await runImport(deployed.governor, '--lang', 'ko');
    expect(code).toBe(0);
    expect(io.err).toContain(`타임락의 관리자는 Governor가 아니라 ${deployer}입니다`);
    expect(io.err).toContain('GovernorAlpha는 찬성과 반대만 받습니다');
    expect(params(JSON.parse(io.out) as CharterDocument, 'timelock')).toMatchObject({ admin: deployer });
  });
});
