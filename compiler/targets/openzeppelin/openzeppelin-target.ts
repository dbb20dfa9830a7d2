import type { GraphView } from '../../compile/graph-view.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import type { MajorityVoteNode, TimelockNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import { executedDecisions } from '../executed-decisions.ts';
import { jsonValue } from '../json-value.ts';
import { pathProblems } from '../path-problems.ts';
import { proposalFor } from '../proposal-for.ts';
import { targetProblem } from '../target-problem.ts';
import { targetVerdict } from '../target-verdict.ts';
import { governorParameters } from './governor-parameters.ts';
import { timelockParameters } from './timelock-parameters.ts';

/** Arbitrum One, Nova and Sepolia, where `block.number` inside contracts is Ethereum's (L1) block number. */
const arbitrumChains: ReadonlySet<number> = new Set([42161, 42170, 421614]);

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
  const { chainId, clockMode, blockTime } = view.document.chain;
  if (arbitrumChains.has(chainId) && clockMode === 'blocknumber' && blockTime !== 12) {
    const message = `On Arbitrum (chain ${chainId}), block.number is Ethereum's block number, which advances about every 12 seconds, not every ${blockTime} s: a Governor counting blocks would run ${(12 / blockTime).toFixed(0)} times longer than the rules say. Set the block time to 12, or use a timestamp clock.`;
    problems.push(createDiagnostic('target-unsupported', message, { field: 'chain.blockTime' }));
  }
  for (const path of executedDecisions(view, 'governor')) {
    for (const id of path.vetoes) {
      if (vetoes.has(id)) continue;
      vetoes.add(id);
      const message = `${nodeLabel(view.node(id))}: an OpenZeppelin Governor has no veto by a second body. The nearest equivalent is to let that body cancel during the timelock: grant its address (a Safe, for a council) CANCELLER_ROLE on the TimelockController, as the timelock's extra cancellers.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: id }));
    }
    const decision = view.node(path.decision);
    const onPath = pathProblems(view, path, { title: 'an OpenZeppelin Governor', hasTimelock: true });
    problems.push(...onPath);
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
    const proposal = proposalFor(view, decision.id)!;
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
    if (governor.ok && timelock.ok && onPath.length === 0) {
      governors.push({
        vote: decision.id,
        proposal: proposal.id,
        timelock: path.timelock,
        execute: path.execute,
        token: electorate.id,
        governor: jsonValue(governor.parameters),
        timelockController: jsonValue(timelock.parameters),
      });
    }
  }
  return {
    verdict: targetVerdict(problems, governors.length),
    parameters: { governors },
    problems: problems.map(targetProblem),
  };
}
