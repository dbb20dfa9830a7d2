import type { CharterConfig } from '../../generated/charter-config.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import type { DecisionOutcome } from '../../nodes/simulation-step.ts';
import type { SnapshotVote } from '../../simulate/mechanisms/snapshot-types.ts';
import type { DrawnVotesEvent } from '../../simulate/run-proposal.ts';
import { mulberry32 } from '../../simulate/scenario/mulberry32.ts';
import type { Scenario } from '../../simulate/scenario/scenario.ts';
import { simulate } from '../../simulate/simulate.ts';
import type { SnapshotSpaceSettings } from '../../targets/snapshot/types.ts';
import { stageReaching } from '../stage-reaching.ts';
import type { ScenarioVerdict } from '../target-verification.ts';
import { snapshotJs } from './snapshot-js.ts';

/** Options of {@link choiceSpaceChecks}: those of `verifySnapshot`. */
export interface ChoiceSpaceChecksOptions {
  scenarios?: number;
  seed?: number;
  scenario?: Omit<Scenario, 'seed' | 'proposals'>;
  simulate?: typeof simulate;
}

/** Scores are floating point on both sides, summed in different orders: equal within this relative difference. */
const tolerance = 1e-9;

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** The sample proposals' options: two to five, so that every ballot shape (and a two-way runoff) comes up. */
function optionNames(index: number): string[] {
  return Array.from({ length: 2 + (index % 4) }, (_, i) => `Option ${String.fromCharCode(65 + i)}`);
}

const shown = (value: number) => String(Number(value.toPrecision(12)));

/**
 * The checks of a multi-choice Snapshot space (approval, ranked choice, quadratic, weighted): for each sample proposal
 * the simulator brings to the decision (with two to five options), the decision's kind decides again on the voters
 * the simulator drew, with the simulator's electorate, and the Snapshot ballots it draws for them (`onBallots`; from
 * a stream of this check's own, as the simulator's is not exposed) are scored by snapshot.js's voting class of the
 * space's type. Compared: the exit with the simulator's (Snapshot has no quorum on these types, so the exit follows
 * from who voted, not from the ballots), each option's score with snapshot.js's, and for a budget split (weighted)
 * each option's allocation with the budget shared by snapshot.js's scores, within the two base units that rounding
 * each split and the result to whole base units can move it.
 */
export function choiceSpaceChecks(
  config: CharterConfig,
  decision: string,
  space: SnapshotSpaceSettings,
  options: ChoiceSpaceChecksOptions,
): ScenarioVerdict[] {
  const checks: ScenarioVerdict[] = [];
  const route = config.routes.find((candidate) => candidate.steps.some((step) => step.node === decision));
  const body = config.bodies.find((candidate) => candidate.id === decision);
  const step = body === undefined ? undefined : getNodeKind(body.kind)?.simulation;
  const Voting = snapshotJs().utils.voting[space.voting.type];
  if (route === undefined || body === undefined || step?.role !== 'decision' || Voting === undefined) {
    checks.push({
      scenario: 1,
      summary: `${decision}: no route, simulation step or snapshot.js voting class to replay it with`,
      mismatch: {
        field: 'replay',
        simulator: 'a decision to replay',
        real: `snapshot.js voting "${space.voting.type}"`,
      },
    });
    return checks;
  }
  const stage = stageReaching(route, decision);
  const seed = options.seed ?? 1;
  const scenario: Scenario = {
    ...options.scenario,
    ...(stage === undefined ? {} : { stage }),
    seed,
    proposals: Array.from({ length: options.scenarios ?? 20 }, (_, index) => ({
      type: route.proposalType,
      options: optionNames(index),
    })),
  };
  const drawn = new Map<number, DrawnVotesEvent>();
  const result = (options.simulate ?? simulate)(config, scenario, {
    onVotes: (event) => {
      if (event.node === decision) drawn.set(event.proposal, event);
    },
  });
  for (const [index, trace] of result.proposals.entries()) {
    const reached = trace.steps.find((candidate) => candidate.node === decision);
    const event = drawn.get(index);
    if (reached === undefined || event === undefined) continue;
    const proposal = scenario.proposals[index]!;
    let ballots: readonly SnapshotVote[] = [];
    const outcome: DecisionOutcome = step.decide({
      config,
      body,
      electorate: event.electorate,
      votes: event.votes,
      proposal,
      scenario,
      random: mulberry32(seed * 65_537 + index),
      executesOn: [],
      onBallots: (cast) => {
        ballots = cast;
      },
    });
    const verdict = (summary: string, mismatch?: ScenarioVerdict['mismatch']): ScenarioVerdict => ({
      scenario: index + 1,
      summary,
      ...(mismatch === undefined ? {} : { mismatch }),
    });
    if ('unsupported' in outcome) {
      checks.push(
        verdict(`not replayed: ${outcome.unsupported}`, {
          field: 'replay',
          simulator: reached.branch ?? 'stopped',
          real: outcome.unsupported,
        }),
      );
      continue;
    }
    const tally = new Voting(
      { choices: proposal.options! },
      ballots.map((ballot) => ({ choice: ballot.choice, balance: ballot.vp, scores: [ballot.vp] })),
      [{}],
    );
    const scores = tally.getScores();
    const total = scores.reduce((sum, score) => sum + score, 0);
    const names = proposal.options!;
    const scored = names.map((name, i) => `${name} ${shown(scores[i] ?? 0)}`).join(', ');
    const summary = `${outcome.exit}: ${ballots.length} ballot${ballots.length === 1 ? '' : 's'}, snapshot.js ${space.voting.type} scores ${scored}`;
    if (outcome.exit !== reached.branch) {
      checks.push(
        verdict(summary, { field: 'branch', simulator: reached.branch ?? 'stopped', real: outcome.exit }),
      );
      continue;
    }
    let mismatch: ScenarioVerdict['mismatch'];
    for (const [i, entry] of (outcome.scores ?? []).entries()) {
      if (!close(entry.score, scores[i] ?? Number.NaN)) {
        mismatch = {
          field: `score of ${entry.option}`,
          simulator: String(entry.score),
          real: String(scores[i]),
        };
        break;
      }
    }
    const budget = BigInt((body.rule.budget as string | undefined) ?? '0');
    for (const [i, entry] of (outcome.allocation ?? []).entries()) {
      if (mismatch !== undefined || total === 0) break;
      const share = (Number(budget) * (scores[i] ?? 0)) / total;
      const slack = 2 + Number(budget) * 1e-12;
      if (Math.abs(Number(entry.amount) - share) > slack)
        mismatch = {
          field: `allocation of ${entry.option}`,
          simulator: entry.amount,
          real: `${share.toFixed(0)} (budget × snapshot.js score ÷ total)`,
        };
    }
    checks.push(verdict(summary, mismatch));
  }
  return checks;
}
