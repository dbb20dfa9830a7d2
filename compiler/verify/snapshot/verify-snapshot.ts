import { compile } from '../../compile/compile.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import type { DrawnVotesEvent } from '../../simulate/run-proposal.ts';
import type { Scenario } from '../../simulate/scenario/scenario.ts';
import { simulate } from '../../simulate/simulate.ts';
import type { SnapshotSpaceSettings } from '../../targets/snapshot/types.ts';
import { stageReaching } from '../stage-reaching.ts';
import type { ScenarioVerdict, TargetVerification, UnitVerification } from '../target-verification.ts';
import { choiceSpaceChecks } from './choice-space-checks.ts';
import { snapshotBasicState } from './snapshot-basic-state.ts';
import { snapshotJs } from './snapshot-js.ts';

/** Options of {@link verifySnapshot}. */
export interface VerifySnapshotOptions {
  /** Sample proposals replayed per space. @default 20 */
  scenarios?: number;
  /** Seed of the simulator's PRNG. @default 1 */
  seed?: number;
  /** Who votes and how; its proposals are replaced by `scenarios` proposals of the space's type. */
  scenario?: Omit<Scenario, 'seed' | 'proposals'>;
  /** The simulator whose traces are checked; tests replace it to see a disagreement reported. @default simulate */
  simulate?: typeof simulate;
}

/** One space as the Snapshot target emits it. */
type EmittedSpace = { decision: string; stage: string | null; space: SnapshotSpaceSettings };

/** Scores are floating point on Snapshot and exact on Charter: equal within this relative difference. */
const tolerance = 1e-9;

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Base units as the voting power a Snapshot strategy reports: whole tokens, as a float (`decimals` 0 for people). */
function votingPower(units: bigint, decimals: number): number {
  return decimals === 0 ? Number(units) : Number(units) / 10 ** decimals;
}

/**
 * Checks every Snapshot space the rules emit against snapshot.js itself: the settings with snapshot.js's own
 * `validateSchema` on its space schema (scenario 0 of each unit), then, for a `basic` space (a majority vote, an
 * optimistic approval, a veto), each sample proposal the simulator ran: the simulator's drawn votes become Snapshot
 * ballots (For 1, Against 2, Abstain 3, each with the voter's power in whole tokens, as a strategy reports it),
 * snapshot.js's `basic` voting class scores them, and the state Snapshot shows ({@link snapshotBasicState}, with the
 * space's quorum and quorum type) must be the simulator's, as must each score. A multi-choice space (approval,
 * ranked choice, quadratic, weighted) has each sample proposal's ballots scored by snapshot.js's class of its type
 * ({@link choiceSpaceChecks}).
 */
export function verifySnapshot(document: unknown, options: VerifySnapshotOptions = {}): TargetVerification {
  const compiled = compile(document);
  if (!compiled.ok)
    return {
      target: 'snapshot',
      units: [],
      notVerifiable: `The rules do not compile: ${compiled.diagnostics.map((d) => d.message).join(' ')}`,
    };
  return verifySnapshotConfig(compiled.config, options);
}

/**
 * {@link verifySnapshot} on rules already compiled: the verifier `charter verify --target snapshot` runs (the CLI has
 * compiled the document before it picks a target).
 */
export function verifySnapshotConfig(
  config: CharterConfig,
  options: VerifySnapshotOptions = {},
): TargetVerification {
  const target = config.targets.snapshot;
  const spaces = ((target?.parameters as { spaces?: EmittedSpace[] } | undefined)?.spaces ??
    []) as EmittedSpace[];
  if (spaces.length === 0)
    return {
      target: 'snapshot',
      units: [],
      notVerifiable: `The Snapshot target emits no space (its verdict is ${target?.verdict ?? 'absent'}).`,
    };
  return { target: 'snapshot', units: spaces.map((space) => verifySpace(config, space, options)) };
}

function verifySpace(
  config: CharterConfig,
  emitted: EmittedSpace,
  options: VerifySnapshotOptions,
): UnitVerification {
  const { space, decision } = emitted;
  const snapshot = snapshotJs();
  const valid = snapshot.utils.validateSchema(snapshot.schemas.space, space);
  const quorumType = space.voting.quorumType ?? 'default';
  const checks: ScenarioVerdict[] = [
    {
      scenario: 0,
      summary: "Space settings validated by snapshot.js's validateSchema",
      ...(valid === true
        ? {}
        : {
            mismatch: {
              field: 'settings',
              simulator: 'valid',
              real: valid.map((error) => `${error.instancePath || '/'} ${error.message}`).join('; '),
            },
          }),
    },
  ];
  const unit: UnitVerification = {
    unit: decision,
    deployed:
      `Snapshot space "${space.name}" on network ${space.network}: ${space.voting.type} voting, quorum ` +
      `${space.voting.quorum}${quorumType === 'rejection' ? ' (rejection)' : ''}`,
    checks,
  };
  if (space.voting.type !== 'basic') {
    checks.push(...choiceSpaceChecks(config, decision, space, options));
    return unit;
  }

  const route = config.routes.find((candidate) => candidate.steps.some((step) => step.node === decision));
  if (route === undefined) return unit;
  const stage = stageReaching(route, decision);
  const seed = options.seed ?? 1;
  const scenario: Scenario = {
    ...options.scenario,
    ...(stage === undefined ? {} : { stage }),
    seed,
    proposals: Array.from({ length: options.scenarios ?? 20 }, () => ({ type: route.proposalType })),
  };
  const decimals = Number(space.strategies[0]?.params.decimals ?? 0);
  const drawn = new Map<number, DrawnVotesEvent>();
  const result = (options.simulate ?? simulate)(config, scenario, {
    onVotes: (event) => {
      if (event.node === decision) drawn.set(event.proposal, event);
    },
  });
  const Basic = snapshot.utils.voting.basic!;
  for (const [index, trace] of result.proposals.entries()) {
    const step = trace.steps.find((candidate) => candidate.node === decision);
    const event = drawn.get(index);
    if (step?.tally === undefined || event === undefined) continue;
    const ballots = event.votes.map((vote) => {
      const vp = votingPower(event.electorate.holders[vote.holder]!.balance, decimals);
      return { choice: { for: 1, against: 2, abstain: 3 }[vote.support], balance: vp, scores: [vp] };
    });
    const tally = new Basic({ choices: ['For', 'Against', 'Abstain'] }, ballots, [{}]);
    const scores = tally.getScores();
    const state = snapshotBasicState(scores, tally.getScoresTotal(), space.voting.quorum, quorumType);
    const expected = step.branch === 'passed' ? 'passed' : 'rejected';
    const sides = [
      ['for', step.tally.for],
      ['against', step.tally.against],
      ['abstain', step.tally.abstain],
    ] as const;
    let mismatch: ScenarioVerdict['mismatch'];
    for (const [i, [side, units]] of sides.entries()) {
      const simulated = votingPower(BigInt(units), decimals);
      if (!close(simulated, scores[i]!)) {
        mismatch = { field: side, simulator: String(simulated), real: String(scores[i]) };
        break;
      }
    }
    if (mismatch === undefined && state !== expected)
      mismatch = { field: 'state', simulator: expected, real: state };
    checks.push({
      scenario: index + 1,
      summary: `${state}: For ${scores[0]}, Against ${scores[1]}, Abstain ${scores[2]} (${space.symbol})`,
      ...(mismatch === undefined ? {} : { mismatch }),
    });
  }
  return unit;
}
