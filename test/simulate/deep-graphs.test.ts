// Issue 18: simulate overflowed the stack on a 6,000-node chain (the schema allows 20,000), its capture analysis
// walked every way through a route (2^20 for twenty routers in a row), and each run planned every route again.
// Now every walk is iterative and the ways through are bounded, with a sentence that names where it stopped.

import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { explain } from '../../compiler/explain/explain.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { capture } from '../../compiler/simulate/monte-carlo/capture.ts';
import { capturePathLimit, capturePaths } from '../../compiler/simulate/monte-carlo/capture-paths.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { planRoutes } from '../../compiler/simulate/plan-routes.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import {
  chainDocument,
  joinLadderDocument,
  routerDiamondDocument,
  weightingChainDocument,
} from '../bench/generate-graphs.ts';

function configOf(document: unknown): CharterConfig {
  const result = compile(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.config;
}

describe('simulating deep graphs (issue 18)', () => {
  it('runs a proposal down a 20,000-node chain to its execution, at the time the chain adds up to', () => {
    const size = 20_000;
    const config = configOf(chainDocument(size));
    // Every voter votes For: each of the chain's votes passes, so the proposal executes.
    const scenario: Scenario = {
      seed: 7,
      turnout: 1,
      preference: { for: 1, against: 0, abstain: 0 },
      proposals: [{ type: 'change' }],
    };
    const [trace] = simulate(config, scenario).proposals;
    const steps = size - 4;
    const votes = Math.ceil(steps / 100);
    expect(trace!.outcome).toBe('executed');
    expect(trace!.steps.length).toBe(steps + 2); // the proposal, every step of the chain, the execution
    // Each vote is open for a day (no delay), each timelock holds a minute.
    expect(trace!.executableAfter).toBe(votes * 86_400 + (steps - votes) * 60);
  });

  it.each([
    ['any-of', 60],
    ['all-of', 120],
  ] as const)('runs a proposal up a 6,000-node ladder of %s joins, each rung at its time', (join, rung) => {
    // Each rung is a 60 s and a 120 s timelock side by side, met at the join: an any-of goes on at the first (60 s),
    // an all-of waits for both (120 s). The simulator used to look at every join after every event (5 s at 2,000).
    const config = configOf(joinLadderDocument(6_000, join));
    const [trace] = simulate(config, { seed: 3, proposals: [{ type: 'change' }] }).proposals;
    const rungs = Math.floor((6_000 - 3) / 3);
    expect(trace!.outcome).toBe('executed');
    expect(trace!.executableAfter).toBe(rungs * rung);
    expect(trace!.steps.filter((step) => step.node.startsWith('j')).map((step) => step.branch)).toEqual(
      Array(rungs).fill('passed'),
    );
  });

  it('runs a Monte Carlo on a 20,000-node chain, with the one way through in its capture', () => {
    const config = configOf(chainDocument(20_000));
    const result = monteCarlo(config, { seed: 1, proposals: [{ type: 'change' }] }, { runs: 3 });
    expect(result.types[0]!.trials).toBe(3);
    expect(result.capture[0]!.paths.map((path) => path.end)).toEqual(['run']);
    expect(result.capture[0]!.paths[0]!.decisions.length).toBe(200);
    expect(result.capture[0]!.leftOut).toBeUndefined();
  });

  it('generates an electorate 19,990 weightings deep, as deep as the schema allows', () => {
    const config = configOf(weightingChainDocument(19_990));
    const result = monteCarlo(config, { seed: 1, proposals: [{ type: 'change' }] }, { runs: 1 });
    expect(result.types[0]!.trials).toBe(1);
    // Every weighting of the chain is drawn from its source: each has the token's 100 default holders.
    expect(result.electorates.length).toBe(19_991);
    expect(new Set(result.electorates.map((electorate) => electorate.holders))).toEqual(new Set([100]));
  });

  it('lists every way through three routers in a row: 2 × 2 × 2', () => {
    const config = configOf(routerDiamondDocument(3));
    const [route] = monteCarlo(config, { seed: 1, proposals: [{ type: 'grant' }] }, { runs: 1 }).capture;
    expect(route!.paths.length).toBe(8);
    expect(new Set(route!.paths.map((path) => path.branches.join(' '))).size).toBe(8);
    expect(route!.leftOut).toBeUndefined();
  });

  it('stops at a bound on twenty routers in a row (2^20 ways), and says which router it left', () => {
    const config = configOf(routerDiamondDocument(20));
    const [route] = monteCarlo(config, { seed: 1, proposals: [{ type: 'grant' }] }, { runs: 1 }).capture;
    expect(route!.paths.length).toBeGreaterThan(0);
    expect(route!.paths.length).toBeLessThanOrEqual(capturePathLimit);
    expect(route!.leftOut?.node).toMatch(/^r\d\d$/);
    expect(route!.leftOut?.message).toContain(`the other branches of ${route!.leftOut!.node} were left out`);
  });

  it('walks exactly as many ways as the bound allows, and names a router only when it left some out', () => {
    const config = configOf(routerDiamondDocument(3));
    const plan = planRoutes(config)[0]!;
    const { decisions } = capture(config, new Map())[0]!;
    for (const limit of [1, 2, 5, 7, 8, 9, 100]) {
      const { paths, leftOut } = capturePaths(plan, decisions, limit);
      // Every way through the three routers reaches the execution: 2 × 2 × 2 of them.
      expect(paths.length).toBe(Math.min(8, limit));
      expect(new Set(paths.map((path) => path.branches.join(' '))).size).toBe(paths.length);
      if (limit < 8) expect(leftOut?.node).toMatch(/^r0[0-2]$/);
      else expect(leftOut).toBeUndefined();
    }
  });

  it('explains a 20,000-node chain and twenty routers in a row', () => {
    const chain = explain(chainDocument(20_000));
    expect(chain.ok && chain.paragraphs[0]!.nodes.length).toBe(20_000 - 2); // every node but the electorate and Reject
    const diamonds = explain(routerDiamondDocument(20));
    expect(diamonds.ok && diamonds.complete).toBe(false);
  });
});
