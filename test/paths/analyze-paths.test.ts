// The one path analysis, checked against what a reader sees by tracing each template and small graphs by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphView } from '../../compiler/compile/graph-view.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { analyzePaths } from '../../compiler/paths/analyze-paths.ts';
import { pathsTo } from '../../compiler/paths/paths-to.ts';
import { checkDocument, isValid } from '../../compiler/validate/validate-document.ts';

function view(document: unknown) {
  const { diagnostics, filled } = checkDocument(document);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(isValid(diagnostics)).toBe(true);
  return graphView(filled!);
}

function template(name: string) {
  return JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );
}

const token = { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000' } };
const edge = (from: string, fromPort: string, to: string, toPort = 'in') => ({
  id: `${from}.${fromPort}-${to}.${toPort}`,
  from: { node: from, port: fromPort },
  to: { node: to, port: toPort },
});
const doc = (nodes: object[], edges: object[]): CharterDocument =>
  ({
    charter: '1',
    name: 'paths',
    chain: { chainId: 1, blockTime: 12, clockMode: 'blocknumber' },
    nodes,
    edges,
  }) as CharterDocument;

/** Two houses vote; both must pass (all-of); then a timelock and execution by the governor. */
function bicameral(): CharterDocument {
  return doc(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['upgrade', 'grant'] } },
      { id: 'holders', kind: 'token-holders', params: token },
      { id: 'byType', kind: 'route-by-type', params: { routes: [{ port: 'grants', types: ['grant'] }] } },
      { id: 'lower', kind: 'majority-vote', params: {} },
      { id: 'upper', kind: 'majority-vote', params: {} },
      { id: 'both', kind: 'all-of', params: {} },
      { id: 'delay', kind: 'timelock', params: { delay: 86400 } },
      { id: 'run', kind: 'execute', params: {} },
      { id: 'no', kind: 'reject', params: {} },
    ],
    [
      edge('propose', 'out', 'lower'),
      edge('propose', 'out', 'byType'),
      edge('byType', 'otherwise', 'upper'),
      edge('byType', 'grants', 'no'),
      edge('holders', 'voters', 'lower', 'voters'),
      edge('holders', 'voters', 'upper', 'voters'),
      edge('lower', 'passed', 'both'),
      edge('upper', 'passed', 'both'),
      edge('lower', 'failed', 'no'),
      edge('upper', 'failed', 'no'),
      edge('both', 'passed', 'delay'),
      edge('both', 'failed', 'no'),
      edge('delay', 'out', 'run'),
    ],
  );
}

describe('analyzePaths', () => {
  it('finds the token governor’s two outcomes for each proposal type, with the voters feeding the vote', () => {
    const { flows, stages } = analyzePaths(view(template('token-governor')));
    expect(stages).toEqual([]);
    expect(flows.map((flow) => [flow.type, flow.stage, flow.current])).toEqual([
      ['treasury-transfer', null, true],
      ['parameter-change', null, true],
    ]);
    for (const flow of flows) {
      expect(flow.steps.map((step) => step.node)).toEqual(['propose', 'vote', 'delay', 'run', 'stop']);
      expect(flow.outcomes.map((o) => [o.node, o.outcome, o.runsOn, o.nodes, o.voters])).toEqual([
        ['run', 'executed', 'openzeppelin', ['propose', 'vote', 'delay', 'run'], ['uni']],
        ['stop', 'rejected', null, ['propose', 'vote', 'stop'], ['uni']],
      ]);
      const vote = flow.steps.find((step) => step.node === 'vote')!;
      expect(vote.exits.map((exit) => [exit.port, exit.role, exit.to])).toEqual([
        ['passed', 'passed', ['delay']],
        ['failed', 'failed', ['stop']],
      ]);
    }
  });

  it('splits the staged DAO by stage: one flow per stage and type, only the current stage current', () => {
    const { flows, stages } = analyzePaths(view(template('staged-dao')));
    expect(stages).toEqual(['team', 'vote', 'community']);
    const treasury = flows.filter((flow) => flow.type === 'treasury-transfer');
    expect(treasury.map((flow) => [flow.stage, flow.current])).toEqual([
      ['team', true],
      ['vote', false],
      ['community', false],
    ]);
    // In the team stage the core multisig decides and a Safe executes; no governor is on the way.
    const team = treasury[0]!.outcomes.find((o) => o.outcome === 'executed')!;
    expect([team.node, team.runsOn, team.nodes]).toEqual([
      'safe',
      'safe',
      ['propose', 'stages', 'multisig', 'delay1', 'safe'],
    ]);
    // In the vote stage the token vote passes, the core team may veto, then the governor executes.
    const vote = treasury[1]!.outcomes.find((o) => o.outcome === 'executed')!;
    expect([vote.node, vote.runsOn, vote.nodes, vote.voters]).toEqual([
      'run2',
      'openzeppelin',
      ['propose', 'stages', 'vote2', 'veto', 'delay2', 'run2'],
      ['core', 'gov'],
    ]);
  });

  it('puts both houses of an all-of on the way to the execution, and knows when a house is never reached', () => {
    const { flows } = analyzePaths(view(bicameral()));
    const upgrade = flows.find((flow) => flow.type === 'upgrade')!;
    const run = upgrade.outcomes.find((o) => o.node === 'run')!;
    expect(run.nodes).toEqual(['propose', 'byType', 'lower', 'upper', 'both', 'delay', 'run']);
    expect(upgrade.steps.find((step) => step.node === 'both')!.unreachableInputs).toBeUndefined();
    // A grant goes down the other branch of the route by type: the upper house never sees it, so the join waits
    // for a house that never comes.
    const grant = flows.find((flow) => flow.type === 'grant')!;
    expect(grant.steps.map((step) => step.node)).not.toContain('upper');
    expect(grant.steps.find((step) => step.node === 'both')!.unreachableInputs).toEqual(['upper']);
  });

  it('lists every band of a route by amount with the amounts that take it', () => {
    const document = doc(
      [
        { id: 'propose', kind: 'proposal', params: { types: ['spend'] } },
        {
          id: 'amount',
          kind: 'route-by-amount',
          params: {
            asset: { symbol: 'USDC', decimals: 6 },
            bands: [
              { port: 'small', below: '10000' },
              { port: 'medium', below: '250000' },
            ],
          },
        },
        { id: 'a', kind: 'reject', params: {} },
        { id: 'b', kind: 'signal', params: {} },
        { id: 'c', kind: 'execute', params: { executor: 'safe' } },
      ],
      [
        edge('propose', 'out', 'amount'),
        edge('amount', 'small', 'a'),
        edge('amount', 'medium', 'b'),
        edge('amount', 'otherwise', 'c'),
      ],
    );
    const [flow] = analyzePaths(view(document)).flows;
    const router = flow!.steps.find((step) => step.node === 'amount')!;
    expect(
      router.exits.map((exit) => [exit.port, exit.role, exit.amount?.atLeast, exit.amount?.below]),
    ).toEqual([
      ['small', 'branch', undefined, '10000'],
      ['medium', 'branch', '10000', '250000'],
      ['otherwise', 'branch', '250000', undefined],
    ]);
  });

  it('stays linear on a chain of diamonds, and pathsTo stops at its limit and says so', () => {
    const nodes: object[] = [
      { id: 'propose', kind: 'proposal', params: { types: ['t'] } },
      { id: 'holders', kind: 'token-holders', params: token },
    ];
    const edges: object[] = [];
    let last = 'propose';
    let lastPort = 'out';
    const diamonds = 20;
    for (let i = 0; i < diamonds; i++) {
      nodes.push(
        {
          id: `r${i}`,
          kind: 'route-by-amount',
          params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'low', below: '100' }] },
        },
        { id: `j${i}`, kind: 'any-of', params: {} },
      );
      edges.push(
        edge(last, lastPort, `r${i}`),
        edge(`r${i}`, 'low', `j${i}`),
        edge(`r${i}`, 'otherwise', `j${i}`),
      );
      last = `j${i}`;
      lastPort = 'passed';
    }
    nodes.push({ id: 'run', kind: 'execute', params: {} }, { id: 'no', kind: 'reject', params: {} });
    edges.push(edge(last, 'passed', 'run'));
    for (let i = 0; i < diamonds; i++) edges.push(edge(`j${i}`, 'failed', 'no'));
    const [flow] = analyzePaths(view(doc(nodes, edges))).flows;
    const run = flow!.outcomes.find((o) => o.node === 'run')!;
    expect(run.nodes).toHaveLength(2 + 2 * diamonds);
    // 2^20 single paths exist; at most the limit are listed, and the answer says it is not all of them.
    const limited = pathsTo(flow!, 'run', 10);
    expect(limited.paths).toHaveLength(10);
    expect(limited.complete).toBe(false);
    // Through three diamonds there are 2 · 2 · 2 = 8 ways to the first join after them.
    const small = pathsTo(
      { ...flow!, outcomes: [{ ...run, node: 'j2', nodes: run.nodes.slice(0, 7) }] },
      'j2',
      100,
    );
    expect(small.complete).toBe(true);
    expect(small.paths).toHaveLength(8);
    expect(small.paths[0]!.map((step) => step.port)).toEqual([
      'out',
      'low',
      'passed',
      'low',
      'passed',
      'low',
      null,
    ]);
  });
});
