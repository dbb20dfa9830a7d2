// Issue 13: each defect a new user met, as the user would meet it again: the compiled config, the simulator's traces,
// the command line. Every document here is built by hand and validated first, so a failure is the defect, not a
// broken fixture.

import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';

import { targetNames } from '../../compiler/nodes/target-name.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { isValid, validateDocument } from '../../compiler/validate/validate-document.ts';
import { fakeIO } from '../cli/fake-io.ts';
import type { WiredDocument } from '../fixtures/wired-document.ts';
import {
  bicameral,
  forumPoll,
  multisigVetoSafe,
  scoreToSignal,
  smallAmountsToSafe,
  unfedThreshold,
  voteVetoSnapshot,
} from './issue-13-documents.ts';

/** The config of a document that must be valid (its errors, if any, fail the test with their messages). */
function configOf(doc: WiredDocument): CharterConfig {
  const errors = validateDocument(doc).filter((diagnostic) => diagnostic.severity === 'error');
  expect(errors.map((error) => error.message)).toEqual([]);
  const result = compile(doc);
  if (!result.ok) throw new Error('a valid document did not compile');
  return result.config;
}

/** The units a target emits: the objects in its parameters' lists (governors, plugins, safes, spaces, pools). */
function unitsOf(config: CharterConfig, target: string): unknown[] {
  return Object.values(config.targets[target]!.parameters).filter(Array.isArray).flat();
}

/** The nodes the `target-unsupported` problems of a target name. */
function unsupportedNodes(config: CharterConfig, target: string): (string | null)[] {
  return config.targets[target]!.problems.filter((problem) => problem.code === 'target-unsupported').map(
    (problem) => problem.nodeId,
  );
}

describe('issue 13: a join is never split into bodies that act alone', () => {
  it('OpenZeppelin emits no governor for two token votes joined by All of, and names the join', () => {
    const config = configOf(bicameral('all-of', 'governor'));
    expect(config.targets.openzeppelin!.verdict).not.toBe('supported');
    expect(unitsOf(config, 'openzeppelin')).toEqual([]);
    expect(unsupportedNodes(config, 'openzeppelin')).toContain('both');
  });

  it('Aragon emits no plugin for two token votes joined by All of, and names the join', () => {
    const config = configOf(bicameral('all-of', 'aragon'));
    expect(config.targets.aragon!.verdict).not.toBe('supported');
    expect(unitsOf(config, 'aragon')).toEqual([]);
    expect(unsupportedNodes(config, 'aragon')).toContain('both');
  });
});

describe('issue 13: a veto on the way is never dropped', () => {
  it('a Safe is not supported when a Veto stands between its multisig and the execution, and the veto is named', () => {
    const config = configOf(multisigVetoSafe());
    expect(config.targets.safe!.verdict).not.toBe('supported');
    expect(unsupportedNodes(config, 'safe')).toContain('veto');
  });

  it('a Snapshot space is not supported when a Veto stands between the vote and the signal, and the veto is named', () => {
    const config = configOf(voteVetoSnapshot());
    expect(config.targets.snapshot!.verdict).not.toBe('supported');
    expect(unsupportedNodes(config, 'snapshot')).toContain('veto');
  });
});

describe('issue 13: a route by amount is never dropped', () => {
  it('a Safe that small amounts are routed to is refused, naming the router: it could move any amount', () => {
    const config = configOf(smallAmountsToSafe());
    expect(config.targets.safe!.verdict).not.toBe('supported');
    expect(unsupportedNodes(config, 'safe')).toContain('amount');
  });
});

describe('issue 13: the simulator follows every path', () => {
  /** Everyone votes, and votes For (or as `preference` says). */
  const everyone = (preference: Scenario['preference'], type = 'general'): Scenario => ({
    seed: 7,
    defaultElectorate: { distribution: 'equal', holders: 10 },
    delegationRate: 1,
    turnout: 1,
    preference,
    proposals: [{ type, options: ['a', 'b', 'c'] }],
  });
  const allFor = { for: 1, against: 0, abstain: 0 };

  it('executes a proposal both houses of an All of pass, instead of stalling at the join', () => {
    const [trace] = simulate(configOf(bicameral('all-of', 'governor')), everyone(allFor)).proposals;
    expect(trace!.outcome).toBe('executed');
    expect(trace!.end).toBe('run');
  });

  it('executes a proposal the houses of an Any of pass, instead of stalling at the join', () => {
    const [trace] = simulate(configOf(bicameral('any-of', 'governor')), everyone(allFor)).proposals;
    expect(trace!.outcome).toBe('executed');
    expect(trace!.end).toBe('run');
  });

  it('does not decide a Score vote when everyone gives the lowest score (votes Against)', () => {
    const config = configOf(scoreToSignal());
    const [trace] = simulate(config, everyone({ for: 0, against: 1, abstain: 0 })).proposals;
    expect(trace!.steps.find((step) => step.node === 'rate')?.branch).not.toBe('decided');
    expect(trace!.outcome).not.toBe('signalled');
  });
});

describe('issue 13: what validate accepts compiles, or is refused as data', () => {
  it('compiles a proposal with a minimum voting power and no proposers without a throw', () => {
    const doc = unfedThreshold();
    const valid = isValid(validateDocument(doc));
    let result: ReturnType<typeof compile> | undefined;
    expect(() => {
      result = compile(doc);
    }).not.toThrow();
    // Either validation refuses it (then compile gives those diagnostics) or it compiles, each target with a verdict.
    expect(result!.ok).toBe(valid);
    if (result!.ok)
      for (const name of targetNames)
        expect(['supported', 'unsupported', 'not-applicable']).toContain(
          result!.config.targets[name]!.verdict,
        );
  });

  it('charter compile prints no stack trace for it, and exits 0 or 1', async () => {
    const io = fakeIO({ 'dao.charter.json': JSON.stringify(unfedThreshold()) });
    const code = await main(['compile', 'dao.charter.json'], io).catch((error: unknown) => {
      io.err += error instanceof Error ? (error.stack ?? error.message) : String(error);
      return 2;
    });
    expect(io.err).not.toMatch(/^\s+at /m);
    expect([0, 1]).toContain(code);
  });
});

describe('issue 13: a target with nothing to run says so', () => {
  it('every target is not-applicable when the only outcome is a signal on the forum', () => {
    const config = configOf(forumPoll());
    for (const name of targetNames) {
      expect(config.targets[name]!.verdict, name).toBe('not-applicable');
      expect(unitsOf(config, name), name).toEqual([]);
    }
  });

  it('the targets a governor-only document does not run on are not-applicable', () => {
    const config = configOf(bicameral('all-of', 'governor'));
    for (const name of ['safe', 'snapshot', 'gardens'])
      expect(config.targets[name]!.verdict, name).toBe('not-applicable');
  });
});
