import type { CharterConfig, ConfigRoute, ConfigStep } from '../generated/charter-config.ts';
import { type DrawnVote, drawVotes } from './draw-votes.ts';
import { runBody } from './run-body.ts';
import { scenarioDefaults } from './scenario/default-model.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';
import type { Scenario, ScenarioProposal } from './scenario/scenario.ts';
import type { ProposalTrace, StepTrace } from './trace.ts';

const empty: GeneratedElectorate = { holders: [], supply: 0n };

/** One decision's drawn votes, as {@link runProposal} draws them: the proposal (by its index in the scenario), the
 * decision's node, the electorate's generated holders the votes' `holder` indexes refer to, and the votes. */
export interface DrawnVotesEvent {
  proposal: number;
  node: string;
  electorate: GeneratedElectorate;
  votes: readonly DrawnVote[];
}

/** Sees each decision's drawn votes; see {@link simulate}'s `onVotes`. */
export type DrawnVotesObserver = (event: DrawnVotesEvent) => void;

/** The exit a routing or pass-through step takes, or null when it has none to take. */
function routeExit(step: ConfigStep, amount: bigint, stage: string | null): string | null {
  const rule = (step.rule ?? {}) as Record<string, unknown>;
  if (step.kind === 'route-by-amount') {
    const bands = rule.bands as { port: string; below: string }[];
    const band = bands.find((candidate) => amount < BigInt(candidate.below));
    return band?.port ?? (rule.otherwise as string);
  }
  if (step.kind === 'stage') return stage !== null && stage in step.exits ? stage : null;
  const ports = Object.keys(step.exits);
  return ports.length === 1 ? ports[0]! : null;
}

/**
 * OpenZeppelin's proposal threshold: someone among the active holders of the proposers' electorate must have at
 * least `minVotingPower` (base units). The largest of them is taken to propose. Undefined when the route sets none.
 */
function proposerThreshold(
  route: ConfigRoute,
  electorates: ReadonlyMap<string, GeneratedElectorate>,
): StepTrace['threshold'] {
  const needed = BigInt(route.minVotingPower);
  if (route.proposers === null || needed === 0n) return undefined;
  let largest = 0n;
  for (const holder of electorates.get(route.proposers)?.holders ?? [])
    if (holder.active && holder.balance > largest) largest = holder.balance;
  return {
    rule: 'proposer votes ≥ proposal threshold',
    needed: String(needed),
    counted: String(largest),
    met: largest >= needed,
  };
}

/**
 * One sample proposal through its route, as a walk over events in time order (ties in the order they were made):
 * each step runs when the proposal reaches it, a decision draws its votes then (see {@link runBody}), an
 * all-of join runs when every step of the route that leads to it has arrived (at the latest arrival), an any-of
 * join at the first arrival; a port with several targets starts them all in parallel. A timelock adds its delay.
 * Routing: by the proposal's amount (the first band whose limit it is below), by its type (already resolved in the
 * route) and by the current stage. The outcome is "executed" when any execute node is reached (at the earliest
 * such time), else "signalled", else "rejected"; otherwise "stalled". When the route has a proposal threshold and no
 * active proposer meets it, the proposal is "not-proposed" and stops at its entry. `onVotes` sees each decision's
 * drawn votes before they are counted.
 */
export function runProposal(
  config: CharterConfig,
  route: ConfigRoute | undefined,
  proposal: ScenarioProposal,
  scenario: Scenario,
  electorates: ReadonlyMap<string, GeneratedElectorate>,
  random: () => number,
  onVotes?: (event: Omit<DrawnVotesEvent, 'proposal'>) => void,
): ProposalTrace {
  const amount = proposal.amount ?? '0';
  const trace: ProposalTrace = {
    type: proposal.type,
    amount,
    steps: [],
    outcome: 'no-route',
    end: null,
    executableAfter: null,
  };
  if (route === undefined) return trace;
  const eligibility = proposerThreshold(route, electorates);
  if (eligibility !== undefined && !eligibility.met) {
    trace.steps.push({
      node: route.entry,
      kind: 'proposal',
      at: 0,
      until: 0,
      branch: null,
      threshold: eligibility,
    });
    trace.outcome = 'not-proposed';
    return trace;
  }
  const stage = scenario.stage ?? config.currentStage;
  const turnout = proposal.turnout ?? scenario.turnout ?? scenarioDefaults.turnout;
  const preference = proposal.preference ?? scenario.preference ?? scenarioDefaults.preference;
  const steps = new Map(route.steps.map((step) => [step.node, step]));
  const bodies = new Map(config.bodies.map((body) => [body.id, body]));
  const incoming = new Map<string, number>();
  for (const step of route.steps)
    for (const targets of Object.values(step.exits))
      for (const target of targets) incoming.set(target, (incoming.get(target) ?? 0) + 1);

  const queue: { node: string; at: number; order: number }[] = [{ node: route.entry, at: 0, order: 0 }];
  let made = 1;
  const arrivals = new Map<string, { count: number; latest: number }>();
  const reached: { node: string; kind: string; at: number }[] = [];
  while (queue.length > 0) {
    let next = 0;
    for (let i = 1; i < queue.length; i++)
      if (
        queue[i]!.at < queue[next]!.at ||
        (queue[i]!.at === queue[next]!.at && queue[i]!.order < queue[next]!.order)
      )
        next = i;
    const { node, at: arrived } = queue.splice(next, 1)[0]!;
    const step = steps.get(node);
    if (step === undefined) continue;
    let at = arrived;
    if (step.kind === 'all-of' || step.kind === 'any-of') {
      const seen = arrivals.get(node) ?? { count: 0, latest: arrived };
      seen.count++;
      seen.latest = Math.max(seen.latest, arrived);
      arrivals.set(node, seen);
      if (step.kind === 'any-of' ? seen.count !== 1 : seen.count !== (incoming.get(node) ?? 0)) continue;
      at = seen.latest;
    }
    const record: StepTrace = { node, kind: step.kind, at, until: at, branch: null };
    if (node === route.entry && eligibility !== undefined) record.threshold = eligibility;
    const body = bodies.get(node);
    if (body !== undefined) {
      const electorate = (body.electorate === null ? undefined : electorates.get(body.electorate)) ?? empty;
      const own = body.electorate === null ? undefined : proposal.byElectorate?.[body.electorate];
      const votes = drawVotes(
        electorate.holders,
        own?.turnout ?? turnout,
        own?.preference ?? preference,
        random,
      );
      onVotes?.({ node, electorate, votes });
      const decision = runBody(config, body, electorate, votes, proposal, scenario, random);
      const { branch, duration, ...numbers } = decision;
      Object.assign(record, numbers, { branch, until: at + duration });
    } else if (step.kind === 'execute' || step.kind === 'signal' || step.kind === 'reject') {
      reached.push({ node, kind: step.kind, at });
    } else {
      record.branch = routeExit(step, BigInt(amount), stage);
      if (step.kind === 'timelock') record.until = at + Number((step.rule as { delay?: number }).delay ?? 0);
    }
    trace.steps.push(record);
    if (record.branch !== null)
      for (const target of step.exits[record.branch] ?? [])
        queue.push({ node: target, at: record.until, order: made++ });
  }
  for (const [node, seen] of arrivals) {
    const needed = steps.get(node)!.kind === 'any-of' ? 1 : (incoming.get(node) ?? 0);
    if (seen.count < needed)
      trace.steps.push({
        node,
        kind: steps.get(node)!.kind,
        at: seen.latest,
        until: seen.latest,
        branch: null,
        waiting: { arrived: seen.count, needed },
      });
  }
  const first = (kind: string) => reached.find((end) => end.kind === kind);
  const end = first('execute') ?? first('signal') ?? first('reject');
  trace.outcome =
    end === undefined
      ? 'stalled'
      : end.kind === 'execute'
        ? 'executed'
        : end.kind === 'signal'
          ? 'signalled'
          : 'rejected';
  trace.end = end?.node ?? null;
  trace.executableAfter = end?.kind === 'execute' ? end.at : null;
  return trace;
}
