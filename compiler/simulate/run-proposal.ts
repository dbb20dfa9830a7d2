import type { CharterConfig, ConfigRoute } from '../generated/charter-config.ts';
import { failureRoles } from '../nodes/node-kind.ts';
import { unixSeconds } from '../units/unix-seconds.ts';
import type { DrawnVote } from './draw-votes.ts';
import { joinVerdict } from './join-verdict.ts';
import type { PlannedStep, RouteEdge, RoutePlan } from './plan-routes.ts';
import { runDecision } from './run-decision.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';
import type { Scenario, ScenarioProposal } from './scenario/scenario.ts';
import { TimeQueue } from './time-queue.ts';
import type { ProposalTrace, StepTrace } from './trace.ts';

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

/** The proposal reaches `node` (by `via`), or leaves `node` by `port`; `passing` unless by a failure exit. */
type Event =
  | { type: 'arrive'; node: string; at: number; order: number; via: RouteEdge | null; passing: boolean }
  | { type: 'leave'; node: string; at: number; order: number; port: string; passing: boolean };

interface JoinState {
  /** By edge: when the proposal arrived by it, and whether by a passing exit. */
  arrived: Map<string, { at: number; passing: boolean }>;
  /** Whether the proposal reached a step on its way here (see `markToward`): from then on the join can fail. */
  inPlay: boolean;
  resolved: boolean;
}

const edgeKey = (edge: RouteEdge, to: string) => `${edge.from}\u0000${edge.port}\u0000${to}`;

/**
 * One sample proposal through its route, as a walk over events in time order (ties in the order they were made).
 * Each step does what its kind's flow role and simulation step say: the entry checks the proposal threshold and
 * goes on; a router picks its exit for the proposal's amount and the DAO's stage; a decision draws its votes when
 * the proposal reaches it and leaves by the exit its kind decides, after the time it takes; a delay holds the
 * proposal; an exit with several targets starts them all in parallel.
 *
 * Joins follow their flow role. An all-of passes by its `passed` exit once every edge of the route into it has
 * brought the proposal by a passing exit (at the latest of those arrivals), and fails by its `failed` exit as soon as
 * one of them can no longer do so: it arrived by a failure exit, its branch failed or was vetoed, or it comes from a
 * branch this proposal type never takes (a node on another route only). An any-of passes at the first passing
 * arrival and fails once none can come. A join fails only once it is in play (the proposal reached a step on its
 * way to it with no routing choice left in between), at the time the failure becomes known; a join the proposal
 * never heads for does nothing. So no proposal is left waiting at a join.
 *
 * The outcome is "executed" when an outcome that executes is reached (at the earliest such time), else "signalled",
 * else "rejected". It is "stalled", with the reason, when the proposal reached a node the simulator cannot run (a
 * kind with no simulation step, a decision with no body or that cannot decide from the config), which is never
 * walked past, or reached no outcome at all (a router with no branch for it). "not-proposed" when the route has a
 * proposal threshold and no active proposer meets it. `onVotes` sees each decision's drawn votes before they count.
 * `lookAtEveryJoin` looks at every join after every event instead of only those the event concerns: the plain way,
 * quadratic in joins, which a property test compares the fast one with.
 */
export function runProposal(
  config: CharterConfig,
  plan: RoutePlan | undefined,
  proposal: ScenarioProposal,
  scenario: Scenario,
  electorates: ReadonlyMap<string, GeneratedElectorate>,
  random: () => number,
  onVotes?: (event: Omit<DrawnVotesEvent, 'proposal'>) => void,
  lookAtEveryJoin = false,
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
  if (plan === undefined) return trace;
  const route = plan.route;
  const eligibility = proposerThreshold(route, electorates);
  if (eligibility !== undefined && !eligibility.met) {
    trace.steps.push({
      node: route.entry,
      kind: plan.steps.get(route.entry)?.step.kind ?? '',
      at: 0,
      until: 0,
      branch: null,
      threshold: eligibility,
    });
    trace.outcome = 'not-proposed';
    return trace;
  }
  const stage = scenario.stage ?? config.currentStage;
  // When the proposal is made, in Unix seconds, if the scenario says (readScenario has checked the moment exists).
  const date = proposal.date ?? scenario.date;
  const madeAt = date === undefined ? undefined : unixSeconds(date);
  const bodies = new Map(config.bodies.map((body) => [body.id, body]));

  const queue = new TimeQueue<Event>();
  let made = 0;
  const pendingEdges = new Map<string, number>();
  const pendingNodes = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);
  const arrive = (node: string, at: number, via: RouteEdge | null, passing: boolean) => {
    queue.push({ type: 'arrive', node, at, order: made++, via, passing });
    bump(pendingNodes, node, 1);
    if (via !== null) bump(pendingEdges, edgeKey(via, node), 1);
  };
  const leave = (node: string, at: number, port: string, passing: boolean) => {
    queue.push({ type: 'leave', node, at, order: made++, port, passing });
    bump(pendingNodes, node, 1);
  };
  const joins = new Map<string, JoinState>(
    plan.joins.map((join) => [join, { arrived: new Map(), inPlay: false, resolved: false }]),
  );
  const stalls: string[] = [];
  const deadEnds: string[] = [];
  const reached: { node: string; outcome: 'executed' | 'signalled' | 'rejected'; at: number }[] = [];

  /**
   * Puts in play the joins the proposal is now on its way to: those `start` leads to on this route with no routing
   * step in between (none from a routing step itself, whose choice is still to come). Walks forward once per
   * proposal over all (a step walked before already put its joins in play), so a route full of joins costs one
   * pass, not one per join.
   */
  const walkedToward = new Set<string>();
  const markToward = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const planned = plan.steps.get(node);
      if (walkedToward.has(node) || planned === undefined || planned.role === 'route') continue;
      walkedToward.add(node);
      const join = joins.get(node);
      if (join !== undefined && !join.inPlay) {
        join.inPlay = true;
        touch(node);
      }
      for (const targets of Object.values(planned.step.exits)) stack.push(...targets);
    }
  };

  /** Whether the proposal may still come into `to` by `edge`, given what is pending now. */
  const canDeliver = (edge: RouteEdge, to: string, memo: Map<string, boolean>): boolean =>
    (pendingEdges.get(edgeKey(edge, to)) ?? 0) > 0 || canReach(edge.from, memo);

  /**
   * Whether the proposal may still reach `start`: it is pending there, or (for a join, unresolved, or already
   * reached by some edge) it may still come by one of the route's edges into it. Walks back with a stack of its
   * own, since a route can be 20,000 steps deep; `memo` keeps each node's answer for the rest of the pass.
   */
  const canReach = (start: string, memo: Map<string, boolean>): boolean => {
    const frames: { node: string; inputs: readonly RouteEdge[]; next: number }[] = [];
    /** The node's answer when it is known at once; undefined when its inputs must be walked (a frame is pushed). */
    const open = (node: string): boolean | undefined => {
      const known = memo.get(node);
      if (known !== undefined) return known;
      memo.set(node, false); // a cycle (never in a valid document) cannot deliver
      const join = joins.get(node);
      if (
        (pendingNodes.get(node) ?? 0) > 0 ||
        (join !== undefined && !join.resolved && join.arrived.size > 0)
      ) {
        memo.set(node, true);
        return true;
      }
      if (join?.resolved) return false;
      frames.push({ node, inputs: plan.steps.get(node)?.inputs ?? [], next: 0 });
      return undefined;
    };
    let returned = open(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (returned !== true) {
        returned = undefined;
        while (frame.next < frame.inputs.length && returned === undefined) {
          const edge = frame.inputs[frame.next++]!;
          if ((pendingEdges.get(edgeKey(edge, frame.node)) ?? 0) > 0) returned = true;
          else {
            const answer = open(edge.from);
            if (answer === undefined) break;
            if (answer) returned = true;
          }
        }
        if (frames[frames.length - 1] !== frame) continue; // a frame was pushed for an input: walk it first
        returned ??= false;
      }
      if (returned) memo.set(frame.node, true);
      frames.pop();
    }
    return memo.get(start)!;
  };

  /**
   * The joins whose verdict may have changed since they were last looked at, by their place in `plan.joins`. A
   * verdict changes only when something arrives at the join, when the join comes into play, or when one of its
   * inputs can no longer bring the proposal; and what may still arrive only ever shrinks (the proposal only moves
   * forward). So after each event only the joins that event can concern are looked at (see `touchAfter`), not every
   * join: a route full of joins costs about one look per join and event that concerns it, not one per join and event.
   */
  const targetsOf = (node: string) => Object.values(plan.steps.get(node)?.step.exits ?? {}).flat();
  /** Whether `node` is a join or leads to one on this route (found once per step, without recursion). */
  const leadsToJoin = new Map<string, boolean>();
  const joinAhead = (start: string): boolean => {
    const visiting = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const node = stack[stack.length - 1]!;
      const unknown = joins.has(node)
        ? []
        : targetsOf(node).filter((target) => !leadsToJoin.has(target) && !visiting.has(target));
      if (!leadsToJoin.has(node) && unknown.length > 0) {
        visiting.add(node); // a valid route has no cycle; a step met again while walked counts as leading nowhere
        stack.push(...unknown);
        continue;
      }
      stack.pop();
      if (!leadsToJoin.has(node))
        leadsToJoin.set(node, joins.has(node) || targetsOf(node).some((target) => leadsToJoin.get(target)));
    }
    return leadsToJoin.get(start)!;
  };
  const joinIndex = new Map(plan.joins.map((join, index) => [join, index]));
  const dirty = new Set<number>(plan.joins.keys());
  const touch = (node: string) => {
    const index = joinIndex.get(node);
    if (index !== undefined) dirty.add(index);
  };
  /**
   * After `node` was left, finished or resolved: marks the joins ahead of it whose inputs may now be unable to
   * deliver. Walks forward only through steps the proposal can no longer reach (a step it may still reach keeps
   * everything behind it as reachable as before), marking every join it meets.
   */
  const touchAfter = (node: string, mark: (index: number) => void) => {
    const memo = new Map<string, boolean>();
    const seen = new Set<string>();
    const stack = targetsOf(node);
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next) || !joinAhead(next)) continue;
      seen.add(next);
      const index = joinIndex.get(next);
      if (index !== undefined) mark(index);
      if (canReach(next, memo)) continue;
      stack.push(...targetsOf(next));
    }
  };

  /**
   * Looks at the joins that may have changed, in plan order (each after every join that leads to it). A join that
   * resolves may change the joins after it: those later in the order are looked at in the same pass, the others at
   * the next event (as at the same moment, since the resolved join leaves now).
   */
  const settleJoins = (now: number) => {
    const pass = [...dirty].sort((a, b) => a - b);
    dirty.clear();
    // What can still arrive changes only when a join resolves: the answers are kept until then.
    let memo = new Map<string, boolean>();
    for (let at = 0; at < pass.length; at++) {
      const current = pass[at]!;
      const node = plan.joins[current]!;
      const state = joins.get(node)!;
      const planned = plan.steps.get(node)!;
      if (state.resolved || planned.role !== 'join') continue;
      const open = planned.inputs.filter((edge) => !state.arrived.has(edgeKey(edge, node)));
      const live = open.filter((edge) => canDeliver(edge, node, memo));
      const passed = joinVerdict({
        needs: planned.needs,
        arrivals: [...state.arrived.values()].map((arrival) => arrival.passing),
        open: open.length,
        live: live.length,
        unreachable: planned.unreachableInputs.length,
        inPlay: state.inPlay,
      });
      if (passed === undefined) continue;
      state.resolved = true;
      memo = new Map();
      const exit = planned.simulation.exits.find(
        (candidate) => candidate.role === (passed ? 'passed' : 'failed'),
      );
      const record: StepTrace = {
        node,
        kind: planned.step.kind,
        at: now,
        until: now,
        branch: exit?.id ?? null,
      };
      if (exit === undefined) {
        record.reason = `${node} has no ${passed ? 'passed' : 'failed'} exit to leave by`;
        stalls.push(record.reason);
      } else leave(node, now, exit.id, passed);
      trace.steps.push(record);
      const later = new Set<number>();
      touchAfter(node, (index) => (index > current ? later.add(index) : dirty.add(index)));
      const rest = new Set([...pass.slice(at + 1), ...later]);
      pass.splice(at + 1, pass.length, ...[...rest].sort((a, b) => a - b));
    }
  };

  const run = (planned: PlannedStep, at: number, record: StepTrace): void => {
    const node = planned.step.node;
    const every = (until: number) => {
      for (const port of planned.ports) leave(node, until, port, true);
      record.branch = planned.ports[0] ?? null;
    };
    switch (planned.role) {
      case 'unhandled':
        record.reason = `${node}: ${planned.reason}`;
        stalls.push(record.reason);
        return;
      case 'entry':
        if (eligibility !== undefined) record.threshold = eligibility;
        every(at);
        return;
      case 'outcome':
        reached.push({ node, outcome: planned.outcome, at });
        return;
      case 'delay': {
        const rule = planned.step.rule ?? {};
        record.until = at + planned.simulation.seconds(rule);
        const ends = planned.simulation.cancelUntil?.(rule);
        if (ends !== undefined && madeAt !== undefined) record.cancelUntil = ends - madeAt;
        every(record.until);
        return;
      }
      case 'route': {
        const port = planned.simulation.route({
          rule: planned.step.rule ?? {},
          exits: planned.ports,
          amount: BigInt(amount),
          stage,
        });
        record.branch = port;
        if (port === null || !(port in planned.step.exits)) {
          record.branch = null;
          record.reason = `${node} has no branch for this proposal${stage === null ? '' : ` at the stage "${stage}"`}`;
          deadEnds.push(record.reason);
        } else leave(node, at, port, true);
        return;
      }
      case 'decision': {
        const body = bodies.get(node);
        if (body === undefined) {
          record.reason = `${node}: the config has no body for this decision`;
          stalls.push(record.reason);
          return;
        }
        const decided = runDecision(planned.simulation, {
          config,
          body,
          electorates,
          proposal,
          scenario,
          random,
          executesOn: planned.executesOn,
          onVotes: onVotes && ((electorate, votes) => onVotes({ node, electorate, votes })),
        });
        if ('unsupported' in decided) {
          record.reason = `${node} cannot be simulated: ${decided.unsupported}`;
          stalls.push(record.reason);
          return;
        }
        const { exit, duration, ...numbers } = decided;
        Object.assign(record, numbers, { branch: exit, until: at + duration });
        const declared = planned.simulation.exits.find((candidate) => candidate.id === exit);
        if (declared === undefined || !(exit in planned.step.exits)) {
          record.reason = `${node} left by "${exit}", which is not one of its exits`;
          stalls.push(record.reason);
          return;
        }
        leave(node, record.until, exit, declared.role === undefined || !failureRoles.has(declared.role));
        return;
      }
      case 'join':
        return;
    }
  };

  arrive(route.entry, 0, null, true);
  for (let event = queue.pop(); event !== undefined; event = queue.pop()) {
    bump(pendingNodes, event.node, -1);
    const planned = plan.steps.get(event.node);
    if (event.type === 'leave') {
      for (const target of planned?.step.exits[event.port] ?? [])
        arrive(target, event.at, { from: event.node, port: event.port }, event.passing);
    } else if (planned === undefined) {
      stalls.push(`${event.node} is not on the route of "${route.proposalType}"`);
    } else {
      if (event.via !== null) bump(pendingEdges, edgeKey(event.via, event.node), -1);
      markToward(event.node);
      const state = joins.get(event.node);
      if (state !== undefined) {
        if (event.via !== null && !state.arrived.has(edgeKey(event.via, event.node)))
          state.arrived.set(edgeKey(event.via, event.node), { at: event.at, passing: event.passing });
        touch(event.node);
      } else {
        const record: StepTrace = {
          node: event.node,
          kind: planned.step.kind,
          at: event.at,
          until: event.at,
          branch: null,
        };
        run(planned, event.at, record);
        trace.steps.push(record);
      }
    }
    if (lookAtEveryJoin) for (const index of plan.joins.keys()) dirty.add(index);
    else touchAfter(event.node, (index) => dirty.add(index));
    settleJoins(event.at);
  }

  const first = (outcome: string) => reached.find((end) => end.outcome === outcome);
  const end = first('executed') ?? first('signalled') ?? first('rejected');
  if (stalls.length > 0 || end === undefined) {
    trace.outcome = 'stalled';
    trace.reason =
      stalls.length > 0
        ? stalls.join('; ')
        : deadEnds.length > 0
          ? deadEnds.join('; ')
          : 'no outcome was reached';
    return trace;
  }
  trace.outcome = end.outcome;
  trace.end = end.node;
  trace.executableAfter = end.outcome === 'executed' ? end.at : null;
  return trace;
}
