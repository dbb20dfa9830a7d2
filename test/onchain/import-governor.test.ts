// Round trip over JSON-RPC: a template's Governor, TimelockController and token deployed with deployCalldata's exact
// data on a local node (chain id 1), then `charter import --rpc` reads them back. The imported document must compile
// to the same OpenZeppelin parameters as the template, and differ from it only in what the chain cannot hold.
import { readFileSync } from 'node:fs';
import {
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  parseAbi,
  toHex,
  zeroAddress,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { deployCalldata } from '../../compiler/targets/openzeppelin/deploy-calldata.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

const template = (name = 'token-governor'): CharterDocument =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

let chain: ServedChain;
let deployer: Address;
beforeAll(async () => {
  chain = await serveChain(1);
  deployer = ((await chain.request('eth_accounts')) as Address[])[0]!;
});
afterAll(async () => {
  await chain?.close();
});

async function send(from: Address, data: Hex, to?: Address) {
  const hash = (await chain.request('eth_sendTransaction', [
    { from, ...(to ? { to } : {}), data, gas: '0x5f5e100', gasPrice: '0x0' },
  ])) as Hex;
  const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as { status: Hex };
  expect(receipt.status).toBe('0x1');
}

/** Deploys the document's one Governor path; gives the Governor's and timelock's addresses. */
async function deploy(document: CharterDocument) {
  const compiled = compile(document);
  if (!compiled.ok) throw new Error('the document does not compile');
  const nonce = Number(await chain.request('eth_getTransactionCount', [deployer, 'latest']));
  const [path] = deployCalldata(compiled.config, { deployer, nonce });
  const adapter = path!.votesAdapter === undefined ? [] : [path!.votesAdapter];
  for (const contract of [path!.token, ...adapter, path!.timelock, path!.governor])
    await send(deployer, contract.data);
  // A Compound-style token (UNI for COMP here) is given its holders' delegations after it is created.
  for (const call of path!.holderCalls) await send(call.from, call.data, call.to);
  return { governor: path!.governor.address, timelock: path!.timelock.address, token: path!.token.address };
}

async function runImport(...args: string[]) {
  const io = fakeIO();
  const code = await main(['import', '--rpc', chain.url, ...args], io);
  return { code, io };
}

interface GovernorUnit {
  governor: Record<string, unknown>;
  timelockController: Record<string, unknown>;
  compoundTimelock?: Record<string, unknown>;
}

/** The one Governor a document compiles to on OpenZeppelin: what would run. */
function governorUnit(document: CharterDocument): GovernorUnit {
  const compiled = compile(document);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics.slice(0, 3)));
  const target = compiled.config.targets.openzeppelin as unknown as {
    verdict: string;
    parameters: { governors: GovernorUnit[] };
  };
  expect(target.verdict).toBe('supported');
  expect(target.parameters.governors).toHaveLength(1);
  return target.parameters.governors[0]!;
}

/** Gives the imported nodes the template's ids (each kind appears once in these templates) so the diff lines up. */
function withTemplateIds(imported: CharterDocument, design: CharterDocument): CharterDocument {
  const idOf = new Map(
    imported.nodes.map((node) => [node.id, design.nodes.find((n) => n.kind === node.kind)!.id]),
  );
  return {
    ...imported,
    nodes: imported.nodes.map((node) => ({ ...node, id: idOf.get(node.id)! })),
    edges: imported.edges.map((edge) => ({
      ...edge,
      from: { ...edge.from, node: idOf.get(edge.from.node)! },
      to: { ...edge.to, node: idOf.get(edge.to.node)! },
    })),
  };
}

describe('charter import --rpc', () => {
  it('reads the token-governor template back from the chain: same parameters, and only unreadable fields differ', async () => {
    const design = template();
    const deployed = await deploy(design);
    const { code, io } = await runImport(deployed.governor);
    expect(io.err).toContain('note: Proposal types are not kept on chain');
    expect(code).toBe(0);
    const imported = JSON.parse(io.out) as CharterDocument;

    // Worked by hand from the template: 157,680 s and 483,840 s at 12 s are 13,140 and 40,320 blocks; 1,000,000 UNI
    // to propose; 4 of 100 of the supply; a 2-day timelock that anyone may execute.
    const vote = imported.nodes.find((node) => node.kind === 'majority-vote')!.params;
    expect(vote).toMatchObject({
      quorum: { percent: '4' },
      quorumCounts: 'for+abstain',
      votingDelay: 157_680,
      votingPeriod: 483_840,
      lateQuorumExtension: 0,
    });
    expect(imported.nodes.find((node) => node.kind === 'proposal')!.params).toMatchObject({
      minVotingPower: '1000000',
    });
    expect(imported.nodes.find((node) => node.kind === 'timelock')!.params).toMatchObject({
      delay: 172_800,
      executors: 'anyone',
      cancellers: [],
    });
    expect(imported.chain).toEqual({ chainId: 1, blockTime: 12, clockMode: 'blocknumber' });

    // What runs equals what was drawn: both compile to the same Governor and TimelockController.
    const designGovernor = governorUnit(design);
    const importedGovernor = governorUnit(imported);
    expect(importedGovernor.governor).toEqual({ ...designGovernor.governor, name: 'Token governor' });
    expect(importedGovernor.timelockController).toEqual(designGovernor.timelockController);
    expect(importedGovernor.governor).toMatchObject({
      votingDelay: '13140',
      votingPeriod: '40320',
      quorumNumerator: '4',
    });

    // The document diff, labels and positions aside: the proposal types (not on chain) and the token (a new one was
    // deployed in place of UNI's address) are all that differ.
    const diff = diffDocuments(design, withTemplateIds(imported, design));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.connected).toEqual([]);
    expect(diff.disconnected).toEqual([]);
    const changed = diff.changed.flatMap((node) => node.changes.map((change) => `${node.id}.${change.path}`));
    expect(changed.filter((path) => !/\.(label|description)$/.test(path)).sort()).toEqual([
      'propose.params.types.0',
      'propose.params.types.1',
      'uni.params.token.address',
    ]);
  });

  it('reads a late-quorum extension, a super quorum and an extra canceller granted after deployment', async () => {
    const design = template();
    const vote = design.nodes.find((node) => node.kind === 'majority-vote')!;
    Object.assign(vote.params, { lateQuorumExtension: 86_400, superQuorum: '10' });
    const deployed = await deploy(design);
    // The timelock is its own admin: it grants CANCELLER_ROLE to a guardian, as a passed proposal would.
    const guardian = getAddress('0x000000000000000000000000000000000000beef');
    const roles = parseAbi([
      'function CANCELLER_ROLE() view returns (bytes32)',
      'function grantRole(bytes32,address)',
    ]);
    const role = keccak256(toHex('CANCELLER_ROLE'));
    await chain.request('hardhat_impersonateAccount', [deployed.timelock]);
    await send(
      deployed.timelock,
      encodeFunctionData({ abi: roles, functionName: 'grantRole', args: [role, guardian] }),
      deployed.timelock,
    );

    const { code, io } = await runImport(deployed.governor, '--lang', 'ko');
    expect(code).toBe(0);
    expect(io.err).toContain('제안 유형은 체인에 기록되지 않으므로');
    const imported = JSON.parse(io.out) as CharterDocument;
    expect(imported.nodes.find((node) => node.kind === 'majority-vote')!.params).toMatchObject({
      lateQuorumExtension: 86_400, // 7,200 blocks × 12 s
      superQuorum: '10',
    });
    expect(imported.nodes.find((node) => node.kind === 'timelock')!.params).toMatchObject({
      cancellers: [guardian],
    });
    expect(governorUnit(imported).governor).toMatchObject({
      lateQuorumVoteExtension: '7200',
      superQuorumNumerator: '10',
    });
    expect(governorUnit(imported).timelockController).toMatchObject({ cancellers: [guardian] });

    // And the imported document passes `charter verify` on OpenZeppelin's real contracts.
    const verifyIO = fakeIO({ 'imported.json': io.out });
    const verified = await main(['verify', 'imported.json', '--scenarios', '5'], verifyIO);
    expect(verifyIO.out).toMatch(/agrees/);
    expect(verifyIO.out).not.toMatch(/≠/);
    expect(verified).toBe(0);
  });

  it("reads the compound-governor template back: For alone, a fixed quorum, Compound's Timelock and its canceller", async () => {
    const design = template('compound-governor');
    const deployed = await deploy(design);
    const { code, io } = await runImport(deployed.governor);
    expect(code).toBe(0);
    const imported = JSON.parse(io.out) as CharterDocument;
    // CompoundGovernor's numbers (the template's sources): 400,000 COMP of For alone, Timelock 2 days + 14 days grace,
    // the Community Multisig as the one canceller.
    expect(imported.nodes.find((node) => node.kind === 'majority-vote')!.params).toMatchObject({
      quorum: { absolute: '400000' },
      quorumCounts: 'for',
      supportThreshold: '50',
      votingDelay: 157_680,
      votingPeriod: 236_520,
      lateQuorumExtension: 172_800,
    });
    expect(imported.nodes.find((node) => node.kind === 'timelock')!.params).toEqual({
      delay: 172_800,
      gracePeriod: 1_209_600,
      executors: 'anyone',
      cancellers: [getAddress('0xbbf3f1421D886E9b2c5D716B5192aC998af2012c')],
    });
    // The Governor counts UNI (standing for COMP) through CharterCompVotes: drawn as the Compound-style token itself.
    expect(imported.nodes.find((node) => node.kind === 'token-holders')!.params).toMatchObject({
      token: { symbol: 'UNI', address: deployed.token },
      standard: 'comp-votes',
    });
    const designUnit = governorUnit(design);
    const importedUnit = governorUnit(imported);
    expect(importedUnit.governor).toEqual(designUnit.governor);
    expect(importedUnit.compoundTimelock).toEqual(designUnit.compoundTimelock);
    expect(importedUnit.governor).toMatchObject({
      quorumCounts: 'for',
      fixedQuorum: `400000${'0'.repeat(18)}`,
    });

    const verifyIO = fakeIO({ 'imported.json': io.out });
    const verified = await main(
      ['verify', 'imported.json', '--target', 'openzeppelin', '--scenarios', '5'],
      verifyIO,
    );
    expect(verifyIO.out).toContain('5 of 5 scenarios agree.');
    expect(verified).toBe(0);
  });

  it('reads a support threshold and a quorum that counts every vote back from CharterCounting', async () => {
    const design = template();
    const vote = design.nodes.find((node) => node.kind === 'majority-vote')!;
    Object.assign(vote.params, { supportThreshold: '76', quorumCounts: 'all' });
    const deployed = await deploy(design);
    const { code, io } = await runImport(deployed.governor);
    expect(code).toBe(0);
    const imported = JSON.parse(io.out) as CharterDocument;
    expect(imported.nodes.find((node) => node.kind === 'majority-vote')!.params).toMatchObject({
      supportThreshold: '76',
      quorumCounts: 'all',
    });
    // And CharterCounting's _voteSucceeded ((100 − 76) · For > 76 · Against) and all-votes quorum agree with the
    // simulator's, proposal by proposal, with some passing and some failing on the support threshold.
    const verifyIO = fakeIO({ 'imported.json': io.out });
    const verified = await main(
      ['verify', 'imported.json', '--target', 'openzeppelin', '--scenarios', '30'],
      verifyIO,
    );
    expect(verifyIO.out).toContain('30 of 30 scenarios agree.');
    expect(verifyIO.out).toMatch(/agrees: Succeeded/);
    expect(verifyIO.out).toMatch(/agrees: Defeated/);
    // At least one proposal lost on the 76 % alone: For beat Against, yet both sides say Defeated.
    const lostOnSupport = [
      ...verifyIO.out.matchAll(/agrees: Defeated \(.*?For ([\d,.]+) UNI, Against ([\d,.]+) UNI/g),
    ].some(
      ([, forVotes, against]) => Number(forVotes!.replaceAll(',', '')) > Number(against!.replaceAll(',', '')),
    );
    expect(lostOnSupport).toBe(true);
    expect(verified).toBe(0);
  });

  it('refuses what is not a Governor, naming the getter, and a wrong address, and an unreachable node', async () => {
    const deployed = await deploy(template());
    const notGovernor = await runImport(deployed.token);
    expect(notGovernor.code).toBe(1);
    expect(notGovernor.io.err).toMatch(
      /^charter import: The contract at 0x[0-9a-fA-F]{40} has no COUNTING_MODE\(\) .* no quorumVotes\(\) .* no getThreshold\(\)/,
    );
    const wrong = await runImport('0x1234');
    expect(wrong.code).toBe(1);
    expect(wrong.io.err).toContain('is not an address');
    const io = fakeIO();
    expect(await main(['import', '--rpc', 'http://127.0.0.1:9', zeroAddress], io)).toBe(2);
    expect(io.err).toMatch(/^charter import: could not read http:\/\/127\.0\.0\.1:9/);
    expect(io.err).not.toMatch(/\n\s+at /);
  });
});
