// Targets fail closed: a node a target cannot enforce withholds the unit it lies on and is named, with what to do
// instead; and following that advice leads to rules the target does deploy. Every document here is compiled.
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { graphView } from '../../compiler/compile/graph-view.ts';
import { targetNames } from '../../compiler/nodes/target-name.ts';
import type { TargetDeclarations } from '../../compiler/nodes/target-support.ts';
import { analyzePaths } from '../../compiler/paths/analyze-paths.ts';
import { targetUnits } from '../../compiler/targets/target-units.ts';
import { checkDocument } from '../../compiler/validate/validate-document.ts';
import { templateNames } from '../fixtures/template-names.ts';
import { type WiredDocument, wiredDocument } from '../fixtures/wired-document.ts';

type Target = {
  verdict: string;
  parameters: Record<string, any[]>;
  problems: { nodeId: string | null; message: string }[];
};

const [a, b, c] = [
  '0x52908400098527886e0f7030069857d2e4169ee7',
  '0x8617e340b3d01fa5f11f306f4090fd50e238070d',
  '0xde709f2102306220921060314715629080e2fb77',
].map((address) => getAddress(address));
const token = (symbol: string) => ({ token: { symbol, decimals: 18, totalSupply: '1000000' } });

function targets(document: WiredDocument): Record<string, Target> {
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config.targets as Record<string, Target>;
}

const units = (target: Target) => Object.values(target.parameters)[0]!;
const named = (target: Target) => target.problems.map((problem) => problem.nodeId);

/** Two token houses joined by All of, then a timelock (or not), then Execute by `executor`. */
function bicameral(executor: string, timelock: boolean): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
      { id: 'tokens', kind: 'token-holders', params: token('ACME') },
      { id: 'delegates', kind: 'token-holders', params: token('DLG') },
      { id: 'house', kind: 'majority-vote', label: 'Token House', params: { quorum: { percent: '4' } } },
      { id: 'senate', kind: 'majority-vote', label: 'Senate', params: { quorum: { percent: '4' } } },
      { id: 'both', kind: 'all-of', label: 'Both houses' },
      ...(timelock ? [{ id: 'delay', kind: 'timelock', params: { delay: 172800 } }] : []),
      { id: 'run', kind: 'execute', params: { executor } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out->house.in',
      'propose.out->senate.in',
      'tokens.voters->house.voters',
      'delegates.voters->senate.voters',
      'house.passed->both.in',
      'senate.passed->both.in',
      'house.failed->stop.in',
      'senate.failed->stop.in',
      'both.failed->stop.in',
      ...(timelock ? ['both.passed->delay.in', 'delay.out->run.in'] : ['both.passed->run.in']),
    ],
  );
}

/** A 2-of-3 multisig, optionally vetoed by a second council, executed by a Safe. */
function councilSafe(veto: boolean): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
      { id: 'core', kind: 'signers', params: { signers: [a, b, c] } },
      { id: 'guard', kind: 'signers', params: { signers: [c] } },
      { id: 'council', kind: 'multisig', params: { threshold: 2 } },
      ...(veto
        ? [{ id: 'veto', kind: 'veto', label: 'Guardian veto', params: { threshold: { count: 1 } } }]
        : []),
      { id: 'run', kind: 'execute', params: { executor: 'safe' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out->council.in',
      'core.voters->council.voters',
      'council.failed->stop.in',
      ...(veto
        ? [
            'council.passed->veto.in',
            'guard.voters->veto.voters',
            'veto.passed->run.in',
            'veto.vetoed->stop.in',
          ]
        : ['council.passed->run.in']),
    ],
  );
}

describe('targets fail closed', () => {
  it('refuses two houses joined by All of on the governor, naming the join, instead of two Governors either of which executes alone', () => {
    const { openzeppelin } = targets(bicameral('governor', true));
    expect(openzeppelin!.verdict).toBe('unsupported');
    expect(units(openzeppelin!)).toEqual([]);
    expect(named(openzeppelin!)).toEqual(['both']);
    expect(openzeppelin!.problems[0]!.message).toMatch(
      /^Both houses: An OpenZeppelin Governor cannot run an All of/,
    );
  });

  it('refuses two houses joined by All of on Aragon, naming the join, instead of two TokenVoting plugins', () => {
    const { aragon } = targets(bicameral('aragon', false));
    expect(aragon!.verdict).toBe('unsupported');
    expect(units(aragon!)).toEqual([]);
    expect(named(aragon!)).toEqual(['both']);
  });

  it('refuses a veto between a multisig and a Safe, naming the veto; without it the Safe is deployed', () => {
    const { safe } = targets(councilSafe(true));
    expect(safe!.verdict).toBe('unsupported');
    expect(units(safe!)).toEqual([]);
    expect(named(safe!)).toEqual(['veto']);
    expect(safe!.problems[0]!.message).toContain('Remove the veto to deploy this Safe');
    const plain = targets(councilSafe(false)).safe!;
    expect(plain.verdict).toBe('supported');
    expect(units(plain)[0]).toMatchObject({ decision: 'council', owners: [a, b, c], threshold: '2' });
  });

  it('refuses a veto between a vote and a Snapshot signal, naming the veto, instead of a space with no veto', () => {
    const document = wiredDocument(
      [
        { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
        { id: 'holders', kind: 'token-holders', params: { token: { ...token('ACME').token, address: a } } },
        { id: 'guard', kind: 'signers', params: { signers: [c] } },
        {
          id: 'vote',
          kind: 'majority-vote',
          params: {
            quorum: { percent: '4' },
            quorumCounts: 'all',
            votingMode: 'vote-replacement',
            votingDelay: 0,
          },
        },
        { id: 'veto', kind: 'veto', label: 'Guardian veto', params: { threshold: { count: 1 } } },
        { id: 'snap', kind: 'signal', params: { platform: 'snapshot' } },
        { id: 'stop', kind: 'reject' },
      ],
      [
        'propose.out->vote.in',
        'holders.voters->vote.voters',
        'vote.passed->veto.in',
        'vote.failed->stop.in',
        'guard.voters->veto.voters',
        'veto.passed->snap.in',
        'veto.vetoed->stop.in',
      ],
    );
    const { snapshot } = targets(document);
    expect(snapshot!.verdict).toBe('unsupported');
    expect(units(snapshot!)).toEqual([]);
    expect(named(snapshot!)).toEqual(['veto']);
    expect(snapshot!.problems[0]!.message).toMatch(
      /^Guardian veto: A Snapshot space runs one decision per proposal/,
    );
  });

  it('refuses a route by amount that sends small amounts to a 2-of-3 Safe, naming the router; the open-ended band keeps its Governor', () => {
    const document = wiredDocument(
      [
        { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
        {
          id: 'size',
          kind: 'route-by-amount',
          label: 'By amount',
          params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '10000' }] },
        },
        { id: 'core', kind: 'signers', params: { signers: [a, b, c] } },
        { id: 'council', kind: 'multisig', params: { threshold: 2 } },
        { id: 'pay', kind: 'execute', params: { executor: 'safe' } },
        { id: 'holders', kind: 'token-holders', params: token('ACME') },
        { id: 'vote', kind: 'majority-vote', params: { quorum: { percent: '4' } } },
        { id: 'delay', kind: 'timelock', params: { delay: 172800 } },
        { id: 'run', kind: 'execute', params: { executor: 'governor' } },
        { id: 'stop', kind: 'reject' },
      ],
      [
        'propose.out->size.in',
        'size.small->council.in',
        'size.otherwise->vote.in',
        'core.voters->council.voters',
        'council.passed->pay.in',
        'council.failed->stop.in',
        'holders.voters->vote.voters',
        'vote.passed->delay.in',
        'vote.failed->stop.in',
        'delay.out->run.in',
      ],
    );
    const { safe, openzeppelin } = targets(document);
    expect(safe!.verdict).toBe('unsupported');
    expect(units(safe!)).toEqual([]);
    expect(named(safe!)).toEqual(['size']);
    expect(safe!.problems[0]!.message).toBe(
      'By amount: A Safe cannot enforce "below 10,000 USDC": what it runs here could move any amount. Route small amounts through a spending-limit module (Safe\'s Allowance module, set up by hand) or through the governor.',
    );
    expect(openzeppelin!.verdict).toBe('supported');
    expect(units(openzeppelin!)).toEqual([
      expect.objectContaining({ vote: 'vote', execute: 'run', routing: ['size'] }),
    ]);
  });

  it('says not-applicable, never supported, for a target with nothing to deploy', () => {
    const recorded = wiredDocument(
      [
        { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
        { id: 'people', kind: 'members', params: { source: 'list', members: [a, b, c] } },
        { id: 'poll', kind: 'approval', params: {} },
        { id: 'note', kind: 'signal', params: { platform: 'other' } },
        { id: 'stop', kind: 'reject' },
      ],
      ['propose.out->poll.in', 'people.voters->poll.voters', 'poll.decided->note.in', 'poll.failed->stop.in'],
    );
    const all = targets(recorded);
    expect(Object.fromEntries(targetNames.map((name) => [name, all[name]!.verdict]))).toEqual({
      openzeppelin: 'not-applicable',
      aragon: 'not-applicable',
      safe: 'not-applicable',
      snapshot: 'not-applicable',
      gardens: 'not-applicable',
    });
  });
});

describe('one decision per unit', () => {
  it('refuses a second token vote after the first on the governor, naming the second, instead of dropping it', () => {
    const document = wiredDocument(
      [
        { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
        { id: 'holders', kind: 'token-holders', params: token('ACME') },
        { id: 'first', kind: 'majority-vote', label: 'First reading', params: { quorum: { percent: '4' } } },
        {
          id: 'second',
          kind: 'majority-vote',
          label: 'Second reading',
          params: { quorum: { percent: '4' } },
        },
        { id: 'run', kind: 'execute', params: { executor: 'governor' } },
        { id: 'stop', kind: 'reject' },
      ],
      [
        'propose.out->first.in',
        'holders.voters->first.voters',
        'holders.voters->second.voters',
        'first.passed->second.in',
        'first.failed->stop.in',
        'second.passed->run.in',
        'second.failed->stop.in',
      ],
    );
    const { openzeppelin } = targets(document);
    expect(units(openzeppelin!)).toEqual([]);
    expect(named(openzeppelin!)).toEqual(['second']);
    expect(openzeppelin!.problems[0]!.message).toMatch(
      /^Second reading: An OpenZeppelin Governor runs one decision per proposal, and First reading already decides/,
    );
  });
});

describe("each refusal's advice leads to rules the target deploys", () => {
  it('a multisig refused by the governor: execute it by a Safe and drop the timelock, as the Governor and the Safe both say', () => {
    const document = councilSafe(false);
    document.nodes.push({ id: 'delay', kind: 'timelock', params: { delay: 172800 } });
    document.edges = document.edges.filter((edge: any) => edge.to.node !== 'run');
    document.edges.push(
      { id: 'x1', from: { node: 'council', port: 'passed' }, to: { node: 'delay', port: 'in' } },
      { id: 'x2', from: { node: 'delay', port: 'out' }, to: { node: 'run', port: 'in' } },
    );
    document.nodes.find((node) => node.id === 'run')!.params = { executor: 'governor' };
    const governor = targets(document).openzeppelin!;
    expect(named(governor)).toEqual(['council']);
    expect(governor.problems[0]!.message).toContain('deploy it as a Safe');
    expect(governor.problems[0]!.message).toContain('remove the Timelock on the way');

    document.nodes.find((node) => node.id === 'run')!.params = { executor: 'safe' };
    const safe = targets(document).safe!;
    expect(named(safe)).toEqual(['delay']);
    expect(safe.problems[0]!.message).toContain('To deploy on Safe, remove this Timelock');
    // The Safe's other way keeps the delay with a token vote, which the governor runs: no advice leads back here.
    expect(safe.problems[0]!.message).toContain('Majority vote of Token holders executed by the governor');
    // Following both: the council executes by a Safe with no timelock in Charter (the delay added by hand).
    expect(targets(councilSafe(false)).safe!.verdict).toBe('supported');
  });

  it("a veto beside a timelock refused by the governor: remove the timelock, and the veto's window is the delay its body cancels in", () => {
    const vetoed = wiredDocument(
      [
        { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
        { id: 'holders', kind: 'token-holders', params: token('ACME') },
        { id: 'guard', kind: 'signers', params: { signers: [c] } },
        { id: 'vote', kind: 'majority-vote', params: { quorum: { percent: '4' } } },
        { id: 'veto', kind: 'veto', label: 'Guardian veto', params: { threshold: { count: 1 } } },
        { id: 'delay', kind: 'timelock', params: { delay: 172800 } },
        { id: 'run', kind: 'execute', params: { executor: 'governor' } },
        { id: 'stop', kind: 'reject' },
      ],
      [
        'propose.out->vote.in',
        'holders.voters->vote.voters',
        'vote.passed->veto.in',
        'vote.failed->stop.in',
        'guard.voters->veto.voters',
        'veto.passed->delay.in',
        'veto.vetoed->stop.in',
        'delay.out->run.in',
      ],
    );
    const refused = targets(vetoed).openzeppelin!;
    expect(named(refused)).toEqual(['veto']);
    expect(refused.problems[0]!.message).toContain(
      "Remove Timelock and make the veto's window the whole delay",
    );

    // Following it: the timelock removed, the veto (a week by default) is the TimelockController.
    vetoed.nodes = vetoed.nodes.filter((node) => node.id !== 'delay');
    vetoed.edges = vetoed.edges.filter((edge: any) => ![edge.from.node, edge.to.node].includes('delay'));
    vetoed.edges.push({ id: 'x', from: { node: 'veto', port: 'passed' }, to: { node: 'run', port: 'in' } });
    const followed = targets(vetoed).openzeppelin!;
    expect(followed.verdict).toBe('supported');
    expect(units(followed)[0].timelockController.cancellers).toEqual([c]);
    expect(units(followed)[0].timelockController.minDelay).toBe(String(7 * 24 * 3600));
  });
});

describe('units', () => {
  it.each(templateNames)(
    '%s: no unit leaves out a node on the paths to its anchor, nor a voter feeding them',
    async (name) => {
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(
        new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url),
        'utf8',
      );
      const { filled } = checkDocument(JSON.parse(text));
      if (!filled) throw new Error(`${name} does not validate`);
      const view = graphView(filled);
      const flows = analyzePaths(view).flows;
      for (const target of targetNames)
        for (const unit of targetUnits(view, target).units) {
          const flow = flows.find(
            (candidate) => candidate.proposal === unit.proposal && candidate.stage === unit.stage,
          )!;
          const outcome = flow.outcomes.find((candidate) => candidate.node === unit.anchor);
          // An outcome's cone comes from the analysis; a pool's is everything the flow reaches before it.
          const expected = outcome
            ? [...outcome.nodes, ...outcome.voters]
            : flow.steps
                .slice(0, flow.steps.findIndex((step) => step.node === unit.anchor) + 1)
                .map((s) => s.node);
          for (const id of expected.filter((id) => outcome || reaches(flow, id, unit.anchor)))
            expect(unit.nodes, `${target} unit for ${unit.anchor}`).toContain(id);
          expect(unit.nodes.every((id) => unit.parts.has(id))).toBe(true);
        }
    },
  );
});

function reaches(flow: ReturnType<typeof analyzePaths>['flows'][number], from: string, to: string): boolean {
  const steps = new Map(flow.steps.map((step) => [step.node, step]));
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const exit of steps.get(id)?.exits ?? []) stack.push(...exit.to);
  }
  return false;
}

// Adding a target makes every kind declare it: a declaration record missing one does not type-check.
// @ts-expect-error gardens is not declared
const _missingTarget: TargetDeclarations<'reject'> = {
  openzeppelin: () => ({ part: 'executor' }),
  aragon: () => ({ part: 'executor' }),
  safe: () => ({ part: 'executor' }),
  snapshot: () => ({ part: 'signal' }),
};
