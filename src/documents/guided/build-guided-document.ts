import {
  type CharterDocument,
  type CharterEdge,
  type CharterNode,
  defaultParams,
  getNodeKind,
  type Language,
} from '../../../compiler/index.ts';
import { blankDocument } from '../../store/document-store.ts';
import { type GuidedAnswers, presets, speeds } from './guided-answers.ts';

/** The proposal types each kind of decision starts with. */
const types = {
  treasury: ['treasury-transfer'],
  settings: ['parameter-change'],
  opinion: ['poll'],
  budget: ['budget'],
} as const;

/** Which executor each place executes by. */
const executors = { governor: 'governor', aragon: 'aragon', safe: 'safe' } as const;

/**
 * The rule graph the guided start's answers describe, for the founder to edit: who proposes and votes, the decision
 * with the preset's numbers and the speed's durations, a timelock where the target holds one (the governor), and
 * the outcomes. What only the founder knows (the token, the signers' addresses, the budget) is left for them to
 * fill in, and the Problems panel asks for it. `name` is the document's name, and each node is labelled with its
 * kind's title, in the interface's `language`.
 */
export function buildGuidedDocument(
  answers: GuidedAnswers,
  name: string,
  language: Language = 'en',
): CharterDocument {
  const { deciding, deciders, preset, speed, where } = answers;
  const timing = speeds[speed];
  const nodes: CharterNode[] = [];
  const edges: CharterEdge[] = [];
  const add = (id: string, kind: string, x: number, y: number, params: Record<string, unknown> = {}) =>
    nodes.push({
      id,
      kind,
      label: getNodeKind(kind)?.title[language] ?? kind,
      position: { x, y },
      params: { ...defaultParams(kind), ...params },
    } as CharterNode);
  const link = (from: string, fromPort: string, to: string, toPort: string) =>
    edges.push({
      id: `${from}.${fromPort}-${to}`,
      from: { node: from, port: fromPort },
      to: { node: to, port: toPort },
    });

  add(
    'voters',
    deciders === 'token' ? 'token-holders' : deciders === 'signers' ? 'signers' : 'members',
    0,
    -220,
  );
  // Snapshot refuses a space where anyone may propose unchecked: one unit of voting power is the least it takes.
  add('propose', 'proposal', 0, 0, {
    types: [...types[deciding]],
    ...(where === 'snapshot' ? { minVotingPower: '1' } : {}),
  });
  link('voters', 'voters', 'propose', 'proposers');

  let passed: string;
  if (deciding === 'budget') {
    // Snapshot's weighted voting averages the splits: the mean, not the median.
    add('decide', 'budget-split', 300, 0, { votingPeriod: timing.period, aggregation: 'mean' });
    passed = 'decided';
  } else if (deciders === 'signers' && where !== 'snapshot') {
    // Signers sign on a Safe or Aragon's Multisig; on Snapshot they vote like anyone else.
    add('decide', 'multisig', 300, 0);
    passed = 'passed';
  } else {
    const numbers = presets[preset];
    add('decide', 'majority-vote', 300, 0, {
      quorum: { percent: numbers.quorum },
      supportThreshold: numbers.support,
      // What each place counts toward quorum: OpenZeppelin For and Abstain, Aragon and Snapshot every vote.
      quorumCounts: where === 'governor' ? 'for+abstain' : 'all',
      // Aragon has no wait before voting; Snapshot lets voters change their vote until it ends.
      votingDelay: where === 'aragon' ? 0 : timing.delay,
      votingPeriod: timing.period,
      votingMode: where === 'snapshot' ? 'vote-replacement' : 'standard',
    });
    passed = 'passed';
  }
  link('voters', 'voters', 'decide', 'voters');
  link('propose', 'out', 'decide', 'in');

  let next = { node: 'decide', port: passed, x: 600 };
  if (where === 'governor') {
    add('delay', 'timelock', 600, 0, { delay: timing.timelock });
    link('decide', passed, 'delay', 'in');
    next = { node: 'delay', port: 'out', x: 900 };
  }
  if (where === 'snapshot') add('outcome', 'signal', next.x, 0, { platform: 'snapshot' });
  else add('outcome', 'execute', next.x, 0, { executor: executors[where] });
  link(next.node, next.port, 'outcome', 'in');
  add('stop', 'reject', 600, 200);
  link('decide', 'failed', 'stop', 'in');

  const blank = blankDocument();
  return {
    ...blank,
    name,
    chain: { ...blank.chain, clockMode: where === 'aragon' ? 'timestamp' : blank.chain.clockMode },
    nodes,
    edges,
  };
}
