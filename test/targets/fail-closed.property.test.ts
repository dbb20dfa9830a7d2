// The fail-closed property over generated pipelines (proposal → optional route by amount → one or two decisions →
// optional veto → optional timelock → outcome): every target gives a verdict without throwing, `supported` only with
// units and no problem, `not-applicable` only with nothing, and every emitted unit lists every node on the paths to
// its anchor and the voters feeding them, as the path analysis (not the target) finds them.
import fc from 'fast-check';
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { graphView } from '../../compiler/compile/graph-view.ts';
import { targetNames } from '../../compiler/nodes/target-name.ts';
import { analyzePaths } from '../../compiler/paths/analyze-paths.ts';
import { checkDocument, isValid } from '../../compiler/validate/validate-document.ts';

const signers = [
  '0x52908400098527886e0f7030069857d2e4169ee7',
  '0x8617e340b3d01fa5f11f306f4090fd50e238070d',
  '0xde709f2102306220921060314715629080e2fb77',
].map((address) => getAddress(address));

const electorates = {
  tokens: {
    kind: 'token-holders',
    params: { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000', address: signers[0] } },
  },
  members: { kind: 'members', params: { source: 'list', members: signers } },
  council: { kind: 'signers', params: { signers } },
} as const;
type Electorate = keyof typeof electorates;

const decisions = {
  'majority-vote': {
    kind: 'majority-vote',
    params: { quorum: { percent: '4' } },
    exits: ['passed', 'failed'],
  },
  // Counted as Aragon and Snapshot count: every vote toward quorum, votes may change, no delay.
  'open-vote': {
    kind: 'majority-vote',
    params: { quorum: { percent: '4' }, quorumCounts: 'all', votingMode: 'vote-replacement', votingDelay: 0 },
    exits: ['passed', 'failed'],
  },
  multisig: { kind: 'multisig', params: { threshold: 2 }, exits: ['passed', 'failed'] },
  optimistic: { kind: 'optimistic', params: {}, exits: ['passed', 'failed'] },
  approval: { kind: 'approval', params: {}, exits: ['decided', 'failed'] },
  conviction: {
    kind: 'conviction',
    params: { fundsAsset: { symbol: 'ACME' } },
    exits: ['decided', 'failed'],
  },
} as const;
type Decision = keyof typeof decisions;

const outcomes = [
  { kind: 'execute', params: { executor: 'governor' } },
  { kind: 'execute', params: { executor: 'safe' } },
  { kind: 'execute', params: { executor: 'aragon' } },
  { kind: 'signal', params: { platform: 'snapshot' } },
] as const;

/** A decision and its voters, voters that fit it more often than not. */
const decision = fc.oneof(
  fc.record({
    kind: fc.constantFrom<Decision[]>('majority-vote', 'open-vote', 'conviction'),
    voters: fc.constantFrom<Electorate[]>('tokens', 'tokens', 'tokens', 'members'),
  }),
  fc.record({
    kind: fc.constantFrom<Decision[]>('multisig', 'optimistic', 'approval'),
    voters: fc.constantFrom<Electorate[]>('council', 'council', 'members', 'tokens'),
  }),
);

const pipeline = fc.record({
  route: fc.constantFrom('none', 'none', 'small', 'large'),
  decisions: fc.oneof(
    { weight: 4, arbitrary: fc.tuple(decision) },
    { weight: 1, arbitrary: fc.tuple(decision, decision) },
  ),
  veto: fc.constantFrom(false, false, false, true),
  timelock: fc.boolean(),
  outcome: fc.constantFrom(...outcomes),
  onFailure: fc.constantFrom(false, false, false, true),
});
type Pipeline = typeof pipeline extends fc.Arbitrary<infer T> ? T : never;

function documentOf(p: Pipeline): unknown {
  const nodes: object[] = [
    { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
    { id: 'stop', kind: 'reject' },
  ];
  const edges: object[] = [];
  const wire = (from: string, port: string, to: string, toPort = 'in') =>
    edges.push({ id: `e${edges.length}`, from: { node: from, port }, to: { node: to, port: toPort } });
  for (const [id, electorate] of Object.entries(electorates)) nodes.push({ id, ...electorate });
  let at = { node: 'propose', port: 'out' };
  if (p.route !== 'none') {
    nodes.push({
      id: 'size',
      kind: 'route-by-amount',
      params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '10000' }] },
    });
    wire('propose', 'out', 'size');
    // The pipeline takes the capped band (no target can enforce it) or the open-ended one.
    at = { node: 'size', port: p.route === 'small' ? 'small' : 'otherwise' };
    wire('size', p.route === 'small' ? 'otherwise' : 'small', 'stop');
  }
  p.decisions.forEach((decision, index) => {
    const id = `d${index}`;
    const { kind, params, exits } = decisions[decision.kind];
    nodes.push({ id, kind, params });
    wire(at.node, at.port, id);
    wire(decision.voters, 'voters', id, 'voters');
    const [pass, fail] = p.onFailure && index === p.decisions.length - 1 ? [exits[1], exits[0]] : exits;
    wire(id, fail, 'stop');
    at = { node: id, port: pass };
  });
  if (p.veto) {
    nodes.push({ id: 'veto', kind: 'veto', params: { threshold: { count: 1 } } });
    wire(at.node, at.port, 'veto');
    wire('council', 'voters', 'veto', 'voters');
    wire('veto', 'vetoed', 'stop');
    at = { node: 'veto', port: 'passed' };
  }
  if (p.timelock) {
    nodes.push({ id: 'delay', kind: 'timelock', params: { delay: 172800 } });
    wire(at.node, at.port, 'delay');
    at = { node: 'delay', port: 'out' };
  }
  nodes.push({ id: 'end', ...p.outcome });
  wire(at.node, at.port, 'end');
  return {
    charter: '1',
    name: 'Generated',
    chain: { chainId: 1, blockTime: 12, clockMode: 'blocknumber' },
    nodes,
    edges,
  };
}

/** What each config unit's anchor is called, per target. */
const anchorField = {
  openzeppelin: 'execute',
  aragon: 'execute',
  safe: 'execute',
  snapshot: 'signal',
  gardens: 'decision',
};

describe('targets fail closed (property)', () => {
  it('give a verdict for every generated pipeline, and no unit leaves out a node on its paths', () => {
    fc.assert(
      fc.property(pipeline, (p) => {
        const document = documentOf(p);
        const { filled, diagnostics } = checkDocument(document);
        fc.pre(filled !== undefined && isValid(diagnostics));
        const result = compile(document);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const flows = analyzePaths(graphView(filled!)).flows;
        for (const name of targetNames) {
          const target = result.config.targets[name]!;
          const units = Object.values(target.parameters)[0] as { nodes: string[]; [key: string]: unknown }[];
          if (target.verdict === 'supported') expect(target.problems).toEqual([]);
          if (target.verdict !== 'unsupported') expect(target.problems).toEqual([]);
          expect(target.verdict === 'supported').toBe(units.length > 0 && target.problems.length === 0);
          for (const unit of units) {
            const anchor = unit[anchorField[name]] as string;
            for (const flow of flows) {
              const outcome = flow.outcomes.find((candidate) => candidate.node === anchor);
              if (outcome)
                for (const id of [...outcome.nodes, ...outcome.voters]) expect(unit.nodes).toContain(id);
            }
          }
        }
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});
