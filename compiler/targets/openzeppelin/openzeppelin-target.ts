import type { GraphView } from '../../compile/graph-view.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import type {
  ExecuteParams,
  MajorityVoteNode,
  ProposalNode,
  TimelockNode,
  TokenHoldersNode,
} from '../../generated/charter-document.ts';
import { nodeLabel } from '../../lint/node-label.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import { governorParameters } from './governor-parameters.ts';
import { timelockParameters } from './timelock-parameters.ts';

/** A decision whose passed proposals an Execute-by-governor runs, and the timelock between them, if any. */
interface GovernedPath {
  decision: string;
  timelock: string | null;
  execute: string;
  /** Vetoes between the decision and the execution. */
  vetoes: string[];
}

/**
 * Walks back from each Execute-by-governor, through timelocks and vetoes, to the decisions whose passed proposals
 * reach it.
 */
function governedPaths(view: GraphView): GovernedPath[] {
  const paths: GovernedPath[] = [];
  for (const node of view.document.nodes) {
    if (node.kind !== 'execute' || (node.params as ExecuteParams).executor !== 'governor') continue;
    type Step = { id: string; timelock: string | null; vetoes: string[] };
    const stack: Step[] = view.previous(node.id).map((id) => ({ id, timelock: null, vetoes: [] }));
    const seen = new Set<string>();
    while (stack.length > 0) {
      const { id, timelock, vetoes } = stack.pop()!;
      const key = `${id}\u0000${timelock}\u0000${vetoes.join()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const step = view.node(id);
      const group = getNodeKind(step.kind)!.group;
      const back = (extra: Partial<Step>) =>
        view.previous(id).map((before) => ({ id: before, timelock, vetoes, ...extra }));
      if (step.kind === 'veto') stack.push(...back({ vetoes: [...vetoes, id] }));
      else if (group === 'convex' || group === 'concave')
        paths.push({ decision: id, timelock, execute: node.id, vetoes });
      else if (step.kind === 'timelock') stack.push(...back({ timelock: timelock ?? id }));
      else stack.push(...back({}));
    }
  }
  return paths.sort((a, b) => (a.decision < b.decision ? -1 : a.decision > b.decision ? 1 : 0));
}

/** The proposal node whose proposals reach a decision: the first found walking back along the flow. */
function entryOf(view: GraphView, decision: string): ProposalNode | undefined {
  const stack = [decision];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = view.node(id);
    if (node.kind === 'proposal') return node as ProposalNode;
    stack.push(...view.previous(id));
  }
  return undefined;
}

/** JSON has no bigint: integers are written as decimal text, exactly. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function problem(diagnostic: Diagnostic): ConfigTarget['problems'][number] {
  return {
    code: diagnostic.code,
    nodeId: diagnostic.nodeId ?? null,
    field: diagnostic.field ?? null,
    message: diagnostic.message,
  };
}

/**
 * The OpenZeppelin Governor + TimelockController target for a valid, defaulted document: for every decision whose
 * passed proposals an Execute-by-governor runs, the reference Governor's settings and the TimelockController's
 * (a timelock of delay 0 when the path has none), or exactly why that decision cannot run on a Governor.
 * Integers are decimal text. Constructor calldata needs the deployed addresses; see encodeConstructorArgs.
 */
export function openZeppelinTarget(view: GraphView): ConfigTarget {
  const governors: unknown[] = [];
  const problems: Diagnostic[] = [];
  const vetoes = new Set<string>();
  for (const path of governedPaths(view)) {
    for (const id of path.vetoes) {
      if (vetoes.has(id)) continue;
      vetoes.add(id);
      const message = `${nodeLabel(view.node(id))}: an OpenZeppelin Governor has no veto by a second body. The nearest equivalent is to let that body cancel during the timelock: grant its address (a Safe, for a council) CANCELLER_ROLE on the TimelockController, as the timelock's extra cancellers.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: id }));
    }
    const decision = view.node(path.decision);
    if (decision.kind !== 'majority-vote') {
      const message = `${nodeLabel(decision)}: an OpenZeppelin Governor runs a token vote, not a ${getNodeKind(decision.kind)!.title.en.toLowerCase()}, so it cannot execute what this decides. Execute it by a Safe or an Aragon DAO instead.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: decision.id }));
      continue;
    }
    const source = view.feeder(decision.id, 'voters');
    const electorate = source ? view.node(source) : undefined;
    if (electorate?.kind !== 'token-holders') {
      const message = `${nodeLabel(decision)}: an OpenZeppelin Governor counts the votes of an ERC20Votes token, but ${electorate ? nodeLabel(electorate) : 'nobody'} votes here.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: decision.id, port: 'voters' }));
      continue;
    }
    const proposal = entryOf(view, decision.id)!;
    const governor = governorParameters({
      name: view.document.name,
      vote: decision as MajorityVoteNode,
      electorate: electorate as TokenHoldersNode,
      proposal,
      chain: { blockTime: view.document.chain.blockTime, clockMode: view.document.chain.clockMode },
    });
    const timelockNode = (
      path.timelock
        ? view.node(path.timelock)
        : {
            id: 'no-timelock',
            kind: 'timelock',
            params: { delay: 0, gracePeriod: 0, executors: 'anyone', cancellers: [] },
          }
    ) as TimelockNode;
    const timelock = timelockParameters(timelockNode);
    if (!governor.ok) problems.push(...governor.diagnostics);
    if (!timelock.ok) problems.push(...timelock.diagnostics);
    if (governor.ok && timelock.ok) {
      governors.push({
        vote: decision.id,
        proposal: proposal.id,
        timelock: path.timelock,
        execute: path.execute,
        token: electorate.id,
        governor: plain(governor.parameters),
        timelockController: plain(timelock.parameters),
      });
    }
  }
  return { supported: problems.length === 0, parameters: { governors }, problems: problems.map(problem) };
}
