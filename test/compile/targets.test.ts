// compile() hands each decision to the targets of the outcome it leads to; these check that wiring, one target each.
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { fixture } from '../fixtures/fixtures.ts';

type Doc = { nodes: any[]; edges: any[]; [key: string]: any };
const node = (doc: Doc, id: string) => doc.nodes.find((n) => n.id === id);
const token = getAddress('0x1f9840a85d5af5bf1d1762f925bdaddc4201f984');
const signers = [
  '0x52908400098527886e0f7030069857d2e4169ee7',
  '0x8617e340b3d01fa5f11f306f4090fd50e238070d',
  '0xde709f2102306220921060314715629080e2fb77',
].map((a) => getAddress(a));

/** The vote's passing exit straight to Execute: Aragon's plugins and a Safe have no timelock of their own. */
function withoutTimelock(doc: Doc): void {
  doc.nodes = doc.nodes.filter((n) => n.id !== 'delay');
  doc.edges = doc.edges.filter((e) => !['e3', 'e4'].includes(e.id));
  doc.edges.push({ id: 'e3', from: { node: 'vote', port: 'passed' }, to: { node: 'run', port: 'in' } });
}

function targets(doc: Doc) {
  const result = compile(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config.targets as Record<string, { verdict: string; parameters: any; problems: any[] }>;
}

describe('compile hands each decision to its targets', () => {
  it('a grace period besides a super quorum: refused, naming both, since the super-quorum Governor expires nothing', () => {
    const doc = fixture('minimal') as unknown as Doc;
    node(doc, 'delay').params.gracePeriod = 604_800;
    node(doc, 'vote').params.superQuorum = '10';
    const { openzeppelin } = targets(doc);
    expect(openzeppelin!.parameters.governors).toEqual([]);
    expect(openzeppelin!.problems.map((p: any) => [p.code, p.nodeId, p.field])).toEqual([
      ['target-unsupported', 'vote', 'params.superQuorum'],
    ]);
    expect(openzeppelin!.problems[0].message).toMatch(
      /it has a super quorum, and .* has a grace period; Charter's Governors that expire a queued proposal/,
    );
    // Without the super quorum, the grace period is CharterGovernor's.
    delete node(doc, 'vote').params.superQuorum;
    expect(targets(doc).openzeppelin!.parameters.governors[0].timelockController).toMatchObject({
      gracePeriod: '604800',
      executors: ['governor'],
    });
  });

  it('a vote executed by the governor: OpenZeppelin Governor and TimelockController settings', () => {
    const { openzeppelin } = targets(fixture('minimal') as unknown as Doc);
    expect(openzeppelin!.problems).toEqual([]);
    expect(openzeppelin!.parameters.governors).toEqual([
      expect.objectContaining({
        vote: 'vote',
        timelock: 'delay',
        governor: expect.objectContaining({
          votingDelay: '7200',
          votingPeriod: '50400',
          quorumNumerator: '4',
          quorumDenominator: '100',
        }),
        timelockController: expect.objectContaining({ minDelay: '172800', proposers: ['governor'] }),
      }),
    ]);
  });

  it('a vote executed by an Aragon DAO: TokenVoting settings in parts of a million', () => {
    const doc = fixture('minimal') as unknown as Doc;
    node(doc, 'run').params = { executor: 'aragon' };
    withoutTimelock(doc);
    Object.assign(node(doc, 'vote').params, { quorumCounts: 'all', votingDelay: 0 });
    node(doc, 'holders').params.token.address = token;
    const { aragon, openzeppelin } = targets(doc);
    expect(openzeppelin!.parameters.governors).toEqual([]);
    expect(aragon!.problems).toEqual([]);
    expect(aragon!.parameters.plugins[0]).toMatchObject({
      plugin: 'token-voting',
      decision: 'vote',
      token,
      settings: { supportThreshold: 500_000, minParticipation: 40_000, minDuration: '604800' },
    });
  });

  it('a multisig executed by a Safe: owners, threshold and setup calldata', () => {
    const doc = fixture('minimal') as unknown as Doc;
    Object.assign(node(doc, 'vote'), { kind: 'multisig', params: { threshold: 2 } });
    Object.assign(node(doc, 'holders'), { kind: 'signers', params: { signers } });
    node(doc, 'run').params = { executor: 'safe' };
    withoutTimelock(doc);
    const { safe } = targets(doc);
    expect(safe!.problems).toEqual([]);
    expect(safe!.parameters.safes[0]).toMatchObject({ decision: 'vote', owners: signers, threshold: '2' });
    expect(safe!.parameters.safes[0].setupCalldata).toMatch(/^0xb63e800d/); // Safe.setup's selector
  });

  it('a vote recorded on Snapshot: a space with its strategy and quorum in whole tokens', () => {
    const doc = fixture('minimal') as unknown as Doc;
    doc.nodes.push({ id: 'snap', kind: 'signal', params: { platform: 'snapshot' } });
    doc.nodes = doc.nodes.filter((n) => !['delay', 'run'].includes(n.id));
    doc.edges = doc.edges.filter((e) => !['e3', 'e4'].includes(e.id));
    doc.edges.push({ id: 'e3', from: { node: 'vote', port: 'passed' }, to: { node: 'snap', port: 'in' } });
    Object.assign(node(doc, 'vote').params, {
      quorumCounts: 'all',
      votingMode: 'vote-replacement',
      votingDelay: 0,
    });
    node(doc, 'propose').params.minVotingPower = '100';
    node(doc, 'holders').params.token.address = token;
    const { snapshot } = targets(doc);
    expect(snapshot!.problems).toEqual([]);
    expect(snapshot!.parameters.spaces[0]).toMatchObject({ decision: 'vote' });
    expect(JSON.stringify(snapshot!.parameters.spaces[0])).toContain('"quorum":40000');
  });

  it('refuses to drop a timelock that a Safe cannot hold, and to execute what a vote rejects', () => {
    const doc = fixture('minimal') as unknown as Doc;
    Object.assign(node(doc, 'vote'), { kind: 'multisig', params: { threshold: 2 } });
    Object.assign(node(doc, 'holders'), { kind: 'signers', params: { signers } });
    node(doc, 'run').params = { executor: 'safe' };
    expect(targets(doc).safe!.problems.map((p: any) => p.message)).toEqual([
      "Timelock: A Safe cannot run a delay before execution: it executes once its owners sign. To deploy on Safe, remove this Timelock and, after deploying, add the same delay to the Safe by hand with Zodiac's Delay modifier; Charter does not emit it, so the missing-timelock warning stays as a reminder. To keep a delay Charter emits, decide by a Majority vote of Token holders executed by the governor (OpenZeppelin), whose TimelockController holds it.",
    ]);
    const miswired = fixture('minimal') as unknown as Doc;
    for (const edge of miswired.edges) {
      if (edge.id === 'e3') edge.from.port = 'failed';
      else if (edge.id === 'e5') edge.from.port = 'passed';
    }
    const { openzeppelin } = targets(miswired);
    expect(openzeppelin!.parameters.governors).toEqual([]);
    expect(openzeppelin!.problems[0].message).toBe(
      'Token vote: An OpenZeppelin Governor runs what a decision passes, never what it rejects, and here the path leads on from its "failed" exit. Connect the passing exit to the execution, and end the failing exit in Reject.',
    );
  });

  it('warns that Arbitrum counts Ethereum blocks, not its own', () => {
    const doc = fixture('minimal') as unknown as Doc;
    doc.chain = { chainId: 42161, blockTime: 0.25, clockMode: 'blocknumber' };
    expect(targets(doc).openzeppelin!.problems.map((p: any) => p.message)).toEqual([
      "On Arbitrum (chain 42161), block.number is Ethereum's block number, which advances about every 12 seconds, not every 0.25 s: a Governor counting blocks would run 48 times longer than the rules say. Set the block time to 12, or use a timestamp clock.",
    ]);
  });

  it('a conviction vote: Gardens CVParams', () => {
    const doc = fixture('minimal') as unknown as Doc;
    Object.assign(node(doc, 'vote'), { kind: 'conviction', params: { fundsAsset: { symbol: 'ACME' } } });
    doc.edges = doc.edges.map((e) =>
      e.from.port === 'passed' ? { ...e, from: { ...e.from, port: 'decided' } } : e,
    );
    const { gardens } = targets(doc);
    expect(gardens!.problems).toEqual([]);
    expect(gardens!.parameters.pools[0]).toMatchObject({ decision: 'vote' });
    expect(Object.keys(gardens!.parameters.pools[0].cvParams).sort()).toEqual([
      'decay',
      'maxRatio',
      'minThresholdPoints',
      'weight',
    ]);
  });
});
