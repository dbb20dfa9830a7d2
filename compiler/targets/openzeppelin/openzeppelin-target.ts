import type { GraphView } from '../../compile/graph-view.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import type { TimelockNode } from '../../generated/charter-document.ts';
import { arbitrumChains } from '../arbitrum-chains.ts';
import { oneDecision } from '../one-decision.ts';
import { problemList } from '../problem-list.ts';
import { targetOutput } from '../target-output.ts';
import { targetUnits } from '../target-units.ts';
import { unitEntry } from '../unit-entry.ts';
import { unitParts } from '../unit-parts.ts';
import { governorParameters } from './governor-parameters.ts';
import { timelockParameters } from './timelock-parameters.ts';
import { vetoCancellers } from './veto-cancellers.ts';

/** The TimelockController of a path with no timelock: a delay of 0, anyone may execute. */
const noTimelock: TimelockNode = {
  id: 'no-timelock',
  kind: 'timelock',
  params: { delay: 0, gracePeriod: 0, executors: 'anyone', cancellers: [] },
};

/**
 * The OpenZeppelin Governor + TimelockController target for a valid, defaulted document: for every unit (the paths
 * from a proposal to an Execute by the governor, in one stage) whose every node a Governor enforces, the reference
 * Governor's settings and the TimelockController's (a delay of 0 when the path has none; a veto after the vote is
 * the TimelockController, see vetoCancellers, with the Safe its cancel needs when k > 1 vetoes block: `vetoSafe`; a
 * grace period is then CharterGovernor's, see timelockParameters), or Compound's Timelock's when the timelock has its
 * 14-day grace period (`compoundTimelock`, run by CharterCompoundGovernor), or exactly why not. A unit
 * runs one token vote of an ERC20Votes token's holders and at most one timelock; routers on the way are enforced by
 * which Governor holds power (see `routing`). Integers are decimal text. Constructor calldata needs the deployed
 * addresses; see encodeConstructorArgs.
 */
export function openZeppelinTarget(view: GraphView): ConfigTarget {
  const governors: unknown[] = [];
  const { units, problems: refused, anchors } = targetUnits(view, 'openzeppelin');
  const { problems, report } = problemList(refused);
  const { chainId, clockMode, blockTime } = view.document.chain;
  if (anchors > 0 && arbitrumChains.has(chainId) && clockMode === 'blocknumber' && blockTime !== 12) {
    const message = say('oz.arbitrum-blocks', {
      chain: chainId,
      blockTime,
      factor: (12 / blockTime).toFixed(0),
    });
    problems.push(createDiagnostic('target-unsupported', message, { field: 'chain.blockTime' }));
  }
  for (const unit of units) {
    const votes = unitParts(unit, 'vote');
    const one = oneDecision(
      view,
      unit,
      votes.map((vote) => vote.id),
      {
        title: { en: 'An OpenZeppelin Governor', ko: 'OpenZeppelin 거버너' },
        decision: { en: 'a token vote', ko: '토큰 투표' },
        instead: {
          en: 'Make it one vote; to let a second body stop what passes, list it (or the Safe its members sign with) as the Cancellers of the timelock.',
          ko: '투표 하나로 합치세요. 가결된 것을 다른 기구가 막을 수 있게 하려면, 그 기구(또는 구성원이 서명하는 Safe)를 타임락의 취소자로 넣으세요.',
        },
      },
    );
    const timelocks = unitParts(unit, 'timelock');
    const extraTimelocks = timelocks.slice(1).map(({ id }) => {
      const message = say('oz.second-timelock', {
        node: nodeLabelWords(view.node(id)),
        first: nodeLabelWords(view.node(timelocks[0]!.id)),
      });
      return createDiagnostic('target-unsupported', message, { nodeId: id });
    });
    report([...one.problems, ...extraTimelocks]);
    if (one.decision === null || extraTimelocks.length > 0) continue;
    const vote = votes[0]!.part.node;
    // First, so that a list voting anywhere but in a veto is refused with its own kind's reason.
    const vetoed = vetoCancellers(view, unit, vote.id);
    if (!vetoed.ok) report(vetoed.diagnostics);
    const veto = vetoed.ok ? vetoed.veto : null;
    const proposal = unitParts(unit, 'proposal-threshold')[0]!.part.node;
    const tokenId = view.feeder(vote.id, 'voters');
    const token = unitParts(unit, 'votes-token').find(({ id }) => id === tokenId)?.part.node;
    const proposers = view.feeder(proposal.id, 'proposers');
    // A list voting here was refused as its kind says (above): "nobody votes" would only repeat it.
    if (!token && !vetoed.ok) continue;
    if (!token) {
      const message = say('oz.no-voters', { node: nodeLabelWords(vote) });
      report([createDiagnostic('target-unsupported', message, { nodeId: vote.id, port: 'voters' })]);
      continue;
    }
    if (proposers !== null && proposers !== token.id) {
      const message = say('oz.other-proposers', {
        node: nodeLabelWords(proposal),
        symbol: token.params.token.symbol,
        proposers: nodeLabelWords(view.node(proposers)),
        token: nodeLabelWords(token),
      });
      report([createDiagnostic('target-unsupported', message, { nodeId: proposal.id, port: 'proposers' })]);
      continue;
    }
    const governor = governorParameters({
      name: view.document.name,
      vote,
      electorate: token,
      proposal,
      chain: { blockTime, clockMode },
    });
    const timelockNode = timelocks[0]?.part.node ?? null;
    // A veto is the TimelockController: its window the delay, its body the cancellers (no timelock node besides).
    const timelock = timelockParameters(
      timelockNode ??
        (veto === null
          ? noTimelock
          : {
              ...noTimelock,
              id: veto.id,
              params: { ...noTimelock.params, delay: veto.window, cancellers: veto.cancellers },
            }),
    );
    if (!governor.ok) report(governor.diagnostics);
    if (!timelock.ok) report(timelock.diagnostics);
    if (!governor.ok || !timelock.ok || !vetoed.ok) continue;
    const { kind, ...timelockSettings } = timelock.parameters;
    const compound = kind === 'compound';
    // Only CharterGovernor and CharterCompoundGovernor expire a queued proposal; the super-quorum Governor does not.
    const expires = compound || timelock.parameters.gracePeriod !== undefined;
    if (expires && governor.parameters.superQuorumNumerator !== undefined) {
      const message = say('oz.super-quorum-grace', {
        node: nodeLabelWords(vote),
        timelock: nodeLabelWords(timelockNode!),
      });
      report([
        createDiagnostic('target-unsupported', message, { nodeId: vote.id, field: 'params.superQuorum' }),
      ]);
      continue;
    }
    governors.push(
      unitEntry(
        unit,
        {
          vote: vote.id,
          proposal: proposal.id,
          timelock: timelockNode?.id ?? null,
          ...(veto === null ? {} : { veto: veto.id }),
          execute: unit.anchor,
          token: token.id,
          routing: unitParts(unit, 'routing').map(({ id }) => id),
        },
        {
          governor: governor.parameters,
          ...(compound
            ? { compoundTimelock: timelockSettings }
            : { timelockController: timelock.parameters }),
          // A veto of k > 1: the Safe to create, the timelock's one extra canceller.
          ...(veto?.safe === undefined ? {} : { vetoSafe: veto.safe }),
        },
      ),
    );
  }
  return targetOutput('governors', governors, problems);
}
