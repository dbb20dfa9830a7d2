import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bindNode } from '../../compiler/nodes/bind-node.ts';
import { nodeKinds } from '../../compiler/nodes/catalogue.ts';
import { defaultParams } from '../../compiler/nodes/default-params.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { defaultScenario } from '../../compiler/simulate/scenario/default-scenario.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { allAgainst, allFor, compiled, compiledTemplate, template } from './compiled.ts';

describe('every node kind on a proposal’s way has its simulation step', () => {
  const onTheWay = nodeKinds.filter((kind) => !['electorate', 'entry', 'outcome'].includes(kind.flow.role));

  it('with the role of its flow behaviour', () => {
    for (const kind of onTheWay)
      expect([kind.kind, kind.simulation?.role]).toEqual([kind.kind, kind.flow.role]);
  });

  it('naming exactly the flow exits (and their roles) the kind declares, for decisions and joins', () => {
    for (const kind of onTheWay) {
      const simulation = kind.simulation;
      if (simulation?.role !== 'decision' && simulation?.role !== 'join') continue;
      const { exits } = bindNode({ kind: kind.kind, params: defaultParams(kind.kind) } as never);
      expect([kind.kind, simulation.exits.map((exit) => [exit.id, exit.role])]).toEqual([
        kind.kind,
        exits.map((exit) => [exit.id, exit.role]),
      ]);
    }
  });
});

describe('simulate: the veto of the bicameral-veto template', () => {
  const config = compiledTemplate('bicameral-veto');
  const scenario = (citizens: typeof allFor): Scenario => ({
    seed: 1,
    defaultElectorate: { distribution: 'equal', holders: 10 },
    turnout: 1,
    proposals: [
      {
        type: 'protocol-upgrade',
        byElectorate: { op: { preference: allFor }, citizens: { preference: citizens } },
      },
    ],
  });

  it('executes after the 7-day vote and the 7-day veto window when no citizen vetoes', () => {
    const [trace] = simulate(config, scenario(allFor)).proposals;
    expect([trace!.outcome, trace!.end, trace!.executableAfter]).toEqual(['executed', 'run', 14 * 86_400]);
    expect(trace!.steps.find((step) => step.node === 'veto')).toMatchObject({
      branch: 'passed',
      // 30% of 10 citizens: 3 vetoes block.
      threshold: { needed: '3', counted: '0', met: false },
    });
  });

  it('is vetoed when the citizens veto', () => {
    const [trace] = simulate(config, scenario(allAgainst)).proposals;
    expect([trace!.outcome, trace!.end]).toEqual(['rejected', 'vetoed']);
    expect(trace!.steps.find((step) => step.node === 'veto')).toMatchObject({
      branch: 'vetoed',
      threshold: { needed: '3', counted: '10', met: true },
    });
  });

  it('blocks only with a veto: a threshold of 0% needs one veto', () => {
    const document = template('bicameral-veto');
    Object.assign(document.nodes.find((node) => node.id === 'veto')!.params!, {
      threshold: { percent: '0' },
    });
    const [trace] = simulate(compiled(document), scenario(allFor)).proposals;
    expect(trace!.outcome).toBe('executed');
    expect(trace!.steps.find((step) => step.node === 'veto')!.threshold).toMatchObject({
      needed: '1',
      met: false,
    });
  });
});

describe('simulate: conviction in signalling mode (conviction-fund template)', () => {
  const config = compiledTemplate('conviction-fund');
  const supply = 1_000_000n * 10n ** 18n;
  const signal = (preference: typeof allFor) =>
    simulate(config, {
      seed: 1,
      electorates: { stakers: { distribution: 'csv', csv: `0x${'1'.repeat(40)},${supply}` } },
      turnout: 1,
      preference,
      proposals: [{ type: 'signaling' }],
    }).proposals[0]!;

  it('is not decided when nobody stakes', () => {
    const trace = signal(allAgainst);
    expect([trace.outcome, trace.end]).toEqual(['rejected', 'dropped']);
  });

  it('is decided once conviction crosses the minimum conviction, worked out in closed form', () => {
    const trace = signal(allFor);
    expect([trace.outcome, trace.end]).toEqual(['signalled', 'recorded']);
    // The pool's CVParams (Gardens target): a = 0.9999799, β = 0.1187809, ρ = 0.0003527. With all of supply staked
    // (above the 20% floor) from block 0, conviction after t blocks is S·(1 − aᵗ)/(1 − a), and a request for nothing
    // needs ρ·S/((1 − a)·β²): so the first t with 1 − aᵗ > ρ/β² (about the 2.5% minimum conviction).
    const a = 0.9999799;
    const bar = 0.0003527 / 0.1187809 ** 2;
    const blocks = Math.ceil(Math.log(1 - bar) / Math.log(a));
    const step = trace.steps.find((candidate) => candidate.node === 'signal')!;
    expect(step.branch).toBe('decided');
    // 5-second blocks; the contract's fixed point may move the crossing by a block.
    expect(Math.abs(step.until / 5 - blocks)).toBeLessThanOrEqual(1);
  });
});

describe('simulate: fails closed on what it cannot run', () => {
  const scenario: Scenario = { seed: 1, proposals: [{ type: 'treasury-transfer' }] };

  it('stops a proposal at a step whose kind it does not know, naming the node', () => {
    const config = compiledTemplate('token-governor');
    for (const route of config.routes)
      route.steps.find((step) => step.node === 'delay')!.kind = 'time-machine';
    const [trace] = simulate(config, { ...scenario, turnout: 1, preference: allFor }).proposals;
    expect(trace!.outcome).toBe('stalled');
    expect(trace!.reason).toBe('delay: "time-machine" is not a kind Charter knows');
    expect(trace!.steps.some((step) => step.node === 'run')).toBe(false);
    const [stats] = monteCarlo(config, { ...scenario, turnout: 1, preference: allFor }, { runs: 3 }).types;
    expect([stats!.passProbability, stats!.outcomes, stats!.stalled]).toEqual([
      0,
      { stalled: 3 },
      ['delay: "time-machine" is not a kind Charter knows'],
    ]);
  });

  it('stops a conviction vote the config has no Gardens pool for, and says why', () => {
    const config = compiledTemplate('conviction-fund');
    delete config.targets.gardens;
    const [trace] = simulate(config, { seed: 1, proposals: [{ type: 'funding' }] }).proposals;
    expect(trace!.outcome).toBe('stalled');
    expect(trace!.reason).toMatch(/^fund cannot be simulated: the config has no Gardens pool/);
  });
});

describe('the simulator’s walk names no node kind', () => {
  const files = [
    'simulate.ts',
    'plan-route.ts',
    'run-proposal.ts',
    'run-decision.ts',
    'join-verdict.ts',
    'monte-carlo/capture.ts',
    'monte-carlo/capture-paths.ts',
    'monte-carlo/monte-carlo.ts',
  ];

  it('reads what each kind does from its definition, never by testing its name', () => {
    for (const file of files) {
      const text = readFileSync(new URL(`../../compiler/simulate/${file}`, import.meta.url), 'utf8');
      // A kind's name compared, switched on, written as a kind or used as a key of a table by kind.
      const named = nodeKinds
        .filter((kind) =>
          [
            `=== '${kind.kind}'`,
            `!== '${kind.kind}'`,
            `case '${kind.kind}'`,
            `kind: '${kind.kind}'`,
            `'${kind.kind}':`,
          ].some((pattern) => text.includes(pattern)),
        )
        .map((kind) => kind.kind);
      expect([file, named]).toEqual([file, []]);
    }
  });
});

describe('simulate: no template ever stalls', () => {
  it('reaches an outcome for every proposal type over many seeds of the default scenario', () => {
    for (const name of [
      'token-governor',
      'bicameral-veto',
      'staged-dao',
      'cooperative',
      'grants-qf',
      'conviction-fund',
      'aragon-dao',
    ]) {
      const config = compiledTemplate(name);
      for (let seed = 1; seed <= 40; seed++)
        for (const trace of simulate(config, defaultScenario(config, seed)).proposals)
          expect([name, trace.type, trace.outcome, trace.reason]).not.toContain('stalled');
    }
  });
});
