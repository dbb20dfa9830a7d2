import { readFileSync } from 'node:fs';
import { decodeDeployData, getAddress, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../compiler/compile/compile.ts';
import {
  charterGovernorArtifact,
  charterVotesTokenArtifact,
  timelockControllerArtifact,
} from '../../../compiler/generated/openzeppelin-contracts.ts';
import { deployCalldata } from '../../../compiler/targets/openzeppelin/deploy-calldata.ts';

const template = JSON.parse(
  readFileSync(
    new URL('../../../rules-schema/examples/token-governor.charter.json', import.meta.url),
    'utf8',
  ),
);
const compiled = compile(template);
if (!compiled.ok) throw new Error('the token-governor template does not compile');
const deployer = getAddress('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266');

describe('deployCalldata', () => {
  const [path] = deployCalldata(compiled.config, { deployer });

  it("predicts the three contracts' addresses from the deployer's nonces 0, 1 and 2", () => {
    expect([path!.token.address, path!.timelock.address, path!.governor.address]).toEqual([
      '0x5FbDB2315678afecb367f032d93F642f64180aa3',
      '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512',
      '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
    ]);
  });

  it('gives the committed bytecode followed by the compiled parameters, the Governor as the proposer', () => {
    const governor = decodeDeployData({
      abi: charterGovernorArtifact.abi,
      bytecode: charterGovernorArtifact.bytecode,
      data: path!.governor.data,
    });
    expect(governor.args).toEqual([
      'Token governor',
      path!.token.address,
      path!.timelock.address,
      13_140,
      40_320,
      10n ** 24n,
      4n,
      100n,
      0,
      // GovernorCountingSimple's rules: For + Abstain toward quorum, a share of supply, For > Against; no For threshold
      // or margin, and no grace period.
      {
        quorumCounts: 0,
        fixedQuorum: 0n,
        supportNumerator: 50n,
        supportDenominator: 100n,
        forThreshold: 0n,
        forMargin: 0n,
        forMarginApplies: false,
      },
      // Of the total supply, nobody left out, no minimum, and 2^256 − 1 for no maximum.
      { delegated: false, excluded: [], minimum: 0n, maximum: 2n ** 256n - 1n },
      0n,
    ]);
    const timelock = decodeDeployData({
      abi: timelockControllerArtifact.abi,
      bytecode: timelockControllerArtifact.bytecode,
      data: path!.timelock.data,
    });
    expect(timelock.args).toEqual([172_800n, [path!.governor.address], [zeroAddress], zeroAddress]);
    const token = decodeDeployData({
      abi: charterVotesTokenArtifact.abi,
      bytecode: charterVotesTokenArtifact.bytecode,
      data: path!.token.data,
    });
    expect(token.args).toEqual(['Uniswap', 'UNI', false, [deployer], [10n ** 27n], [true]]);
  });

  it('starts at the given nonce, each path three nonces after the last, and picks one vote when asked', () => {
    expect(deployCalldata(compiled.config, { deployer, nonce: 2 })[0]!.token.address).toBe(
      '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0',
    );
    // The staged DAO's second stage has a veto no Governor enforces; without it, two stages run a Governor.
    const document = JSON.parse(
      readFileSync(
        new URL('../../../rules-schema/examples/staged-dao.charter.json', import.meta.url),
        'utf8',
      ),
    );
    document.nodes = document.nodes.filter((node: { id: string }) => node.id !== 'veto');
    document.edges = document.edges.filter(
      (edge: { from: { node: string }; to: { node: string } }) =>
        edge.from.node !== 'veto' && edge.to.node !== 'veto',
    );
    document.edges.push({
      id: 'no-veto',
      from: { node: 'vote2', port: 'passed' },
      to: { node: 'delay2', port: 'in' },
    });
    const staged = compile(document);
    if (!staged.ok) throw new Error('the staged-dao template without its veto does not compile');
    const paths = deployCalldata(staged.config, { deployer });
    expect(paths).toHaveLength(2);
    expect(paths[1]!.token.address).toBe('0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9');
    expect(deployCalldata(staged.config, { deployer, vote: paths[1]!.vote })[0]!.token.address).toBe(
      path!.token.address,
    );
    expect(deployCalldata(compiled.config, { deployer, vote: 'nothing' })).toEqual([]);
  });
});
