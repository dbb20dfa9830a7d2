import type { GraphView } from '../../compile/graph-view.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import { oneDecision } from '../one-decision.ts';
import { problemList } from '../problem-list.ts';
import { targetOutput } from '../target-output.ts';
import { targetUnits } from '../target-units.ts';
import { unitEntry } from '../unit-entry.ts';
import { unitParts } from '../unit-parts.ts';
import { voterPart } from '../voter-part.ts';
import { aragonAddresslistVoting } from './aragon-addresslist-voting.ts';
import { aragonMultisig } from './aragon-multisig.ts';
import { aragonTokenVoting } from './aragon-token-voting.ts';

/**
 * The Aragon OSx target: for every unit (the paths from a proposal to an Execute by Aragon, in one stage) whose every
 * node Aragon enforces, the settings of the one plugin that decides it: TokenVoting (a majority vote of token
 * holders), AddresslistVoting (a majority vote of listed members, one vote each) or Multisig (a multisig), with their prepareInstallation data; or exactly why not. Integers are decimal text.
 */
export function aragonTarget(view: GraphView): ConfigTarget {
  const plugins: unknown[] = [];
  const { units, problems: refused } = targetUnits(view, 'aragon');
  const { problems, report } = problemList(refused);
  for (const unit of units) {
    const votes = unitParts(unit, 'token-voting');
    const multisigs = unitParts(unit, 'multisig');
    const one = oneDecision(
      view,
      unit,
      unit.nodes.filter((id) => votes.some((v) => v.id === id) || multisigs.some((m) => m.id === id)),
      {
        title: { en: "An Aragon DAO's plugin", ko: 'Aragon DAO의 플러그인' },
        decision: { en: 'a majority vote or a multisig', ko: '다수결 투표나 멀티시그' },
        instead: {
          en: 'Make it one decision, installed as one plugin.',
          ko: '결정 하나로 합쳐 플러그인 하나로 설치하세요.',
        },
      },
    );
    report(one.problems);
    if (one.decision === null) continue;
    const feeder = view.feeder(one.decision, 'voters');
    const voters = feeder ? view.node(feeder) : null;
    const vote = votes[0]?.part.node;
    const listed = voterPart(voters, 'aragon');
    if (vote && voters && listed?.part === 'member-list') {
      const proposal = unitParts(unit, 'proposal')[0]!.part.node;
      const proposersId = view.feeder(proposal.id, 'proposers');
      const result = aragonAddresslistVoting({
        vote,
        voters,
        members: listed.members,
        membersField: listed.field,
        proposal,
        proposers: proposersId ? view.node(proposersId) : null,
      });
      if (!result.ok) report(result.diagnostics);
      else
        plugins.push(
          unitEntry(
            unit,
            { plugin: 'addresslist-voting', decision: vote.id, execute: unit.anchor },
            result.parameters,
          ),
        );
      continue;
    }
    if (vote) {
      const proposal = unitParts(unit, 'proposal')[0]!.part.node;
      const proposersId = view.feeder(proposal.id, 'proposers');
      const result = aragonTokenVoting({
        vote,
        voters,
        proposal,
        proposers: proposersId ? view.node(proposersId) : null,
      });
      if (!result.ok) report(result.diagnostics);
      else
        plugins.push(
          unitEntry(
            unit,
            { plugin: 'token-voting', decision: vote.id, execute: unit.anchor },
            result.parameters,
          ),
        );
      continue;
    }
    const multisig = multisigs[0]!.part.node;
    const result = aragonMultisig({ multisig, voters });
    if (!result.ok) report(result.diagnostics);
    else
      plugins.push(
        unitEntry(
          unit,
          { plugin: 'multisig', decision: multisig.id, execute: unit.anchor },
          result.parameters,
        ),
      );
  }
  return targetOutput('plugins', plugins, problems);
}
