// The documents of issue 13's defects, built by hand: the regression tests and the tests of the property's oracle
// (test/properties/units-leaving-out-nodes.test.ts) read the same ones.

import { type TestNode, type WiredDocument, wiredDocument } from '../fixtures/wired-document.ts';

/** The address of ACME, the main voting token of these documents. */
export const acme = '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984';
/** The address of the Citizens' House token. */
export const citizens = '0x6b175474e89094c44da98b954eedeac495271d0f';
/** A Safe's three owners. */
export const owners = [`0x${'a'.repeat(40)}`, `0x${'b'.repeat(40)}`, `0x${'c'.repeat(40)}`];
const guardians = [`0x${'d'.repeat(40)}`, `0x${'e'.repeat(40)}`];

/** Holders of a deployed ERC20Votes token, a vote every target can run as it is. */
export function token(id: string, symbol: string, address: string): TestNode {
  return {
    id,
    kind: 'token-holders',
    label: `${symbol} holders`,
    params: { token: { symbol, decimals: 18, totalSupply: '1000000', address } },
  };
}

/**
 * A token vote a Governor runs as it is (For and Abstain count toward quorum, a day before voting opens), or, for
 * Aragon's TokenVoting, every vote counting toward quorum and voting open at once.
 */
export function vote(id: string, label: string, runner: 'governor' | 'aragon' = 'governor'): TestNode {
  const counting =
    runner === 'aragon'
      ? { quorumCounts: 'all', votingDelay: 0 }
      : { quorumCounts: 'for+abstain', votingDelay: 86_400 };
  return {
    id,
    kind: 'majority-vote',
    label,
    params: { quorum: { percent: '4' }, votingPeriod: 604_800, ...counting },
  };
}

/** Two token houses that must both pass (All of), then `after` (a timelock and an execution, or an execution). */
export function bicameral(join: 'all-of' | 'any-of', executor: 'governor' | 'aragon'): WiredDocument {
  const timelock = executor === 'governor';
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal' },
      token('acme', 'ACME', acme),
      token('cit', 'CIT', citizens),
      vote('token-house', 'Token House', executor),
      vote('citizens-house', "Citizens' House", executor),
      { id: 'both', kind: join, label: join === 'all-of' ? 'Both houses' : 'Either house' },
      ...(timelock ? [{ id: 'delay', kind: 'timelock', label: 'Timelock', params: { delay: 172_800 } }] : []),
      { id: 'run', kind: 'execute', label: 'Execute', params: { executor } },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> token-house.in',
      'propose.out -> citizens-house.in',
      'acme.voters -> token-house.voters',
      'cit.voters -> citizens-house.voters',
      'token-house.passed -> both.in',
      'citizens-house.passed -> both.in',
      'token-house.failed -> stop.in',
      'citizens-house.failed -> stop.in',
      ...(timelock ? ['both.passed -> delay.in', 'delay.out -> run.in'] : ['both.passed -> run.in']),
      'both.failed -> stop.in',
    ],
  );
}

/** A 2-of-3 multisig whose passed proposals a guardian may veto before a Safe executes them. */
export function multisigVetoSafe(): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal' },
      { id: 'owners', kind: 'signers', label: 'Owners', params: { signers: owners } },
      { id: 'guard', kind: 'signers', label: 'Guardians', params: { signers: guardians } },
      { id: 'council', kind: 'multisig', label: 'Council', params: { threshold: 2 } },
      { id: 'veto', kind: 'veto', label: 'Guardian veto', params: { threshold: { count: 1 } } },
      { id: 'run', kind: 'execute', label: 'Execute', params: { executor: 'safe' } },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> council.in',
      'owners.voters -> council.voters',
      'guard.voters -> veto.voters',
      'council.passed -> veto.in',
      'council.failed -> stop.in',
      'veto.passed -> run.in',
      'veto.vetoed -> stop.in',
    ],
  );
}

/** A token poll whose passed proposals a guardian may veto before the result is recorded on Snapshot. */
export function voteVetoSnapshot(): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal', params: { minVotingPower: '1' } },
      token('acme', 'ACME', acme),
      { id: 'guard', kind: 'signers', label: 'Guardians', params: { signers: guardians } },
      {
        id: 'poll',
        kind: 'majority-vote',
        label: 'Poll',
        params: {
          quorum: { absolute: '1000' },
          quorumCounts: 'all',
          votingDelay: 0,
          votingMode: 'vote-replacement',
        },
      },
      { id: 'veto', kind: 'veto', label: 'Guardian veto', params: { threshold: { count: 1 } } },
      { id: 'record', kind: 'signal', label: 'Signal', params: { platform: 'snapshot' } },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> poll.in',
      'acme.voters -> propose.proposers',
      'acme.voters -> poll.voters',
      'guard.voters -> veto.voters',
      'poll.passed -> veto.in',
      'poll.failed -> stop.in',
      'veto.passed -> record.in',
      'veto.vetoed -> stop.in',
    ],
  );
}

/** Treasury transfers under 10,000 USDC to a 2-of-3 Safe, larger ones to a token vote and a governor. */
export function smallAmountsToSafe(): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal', params: { types: ['treasury-transfer'] } },
      {
        id: 'amount',
        kind: 'route-by-amount',
        label: 'By amount',
        params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '10000' }] },
      },
      { id: 'owners', kind: 'signers', label: 'Owners', params: { signers: owners } },
      { id: 'council', kind: 'multisig', label: 'Council', params: { threshold: 2 } },
      { id: 'safe', kind: 'execute', label: 'Safe executes', params: { executor: 'safe' } },
      token('acme', 'ACME', acme),
      vote('vote', 'Token vote'),
      { id: 'delay', kind: 'timelock', label: 'Timelock' },
      { id: 'governor', kind: 'execute', label: 'Governor executes', params: { executor: 'governor' } },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> amount.in',
      'amount.small -> council.in',
      'amount.otherwise -> vote.in',
      'owners.voters -> council.voters',
      'acme.voters -> vote.voters',
      'council.passed -> safe.in',
      'council.failed -> stop.in',
      'vote.passed -> delay.in',
      'delay.out -> governor.in',
      'vote.failed -> stop.in',
    ],
  );
}

/** Three members score a proposal; decided, it is signalled on the forum, else rejected. */
export function scoreToSignal(): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal' },
      { id: 'team', kind: 'members', label: 'Team', params: { members: owners } },
      { id: 'rate', kind: 'score', label: 'Score vote' },
      { id: 'record', kind: 'signal', label: 'Signal', params: { platform: 'forum' } },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> rate.in',
      'team.voters -> rate.voters',
      'rate.decided -> record.in',
      'rate.failed -> stop.in',
    ],
  );
}

/** A token poll whose result is only signalled on the forum. */
export function forumPoll(): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal' },
      token('acme', 'ACME', acme),
      vote('poll', 'Poll'),
      { id: 'record', kind: 'signal', label: 'Signal', params: { platform: 'forum' } },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> poll.in',
      'acme.voters -> poll.voters',
      'poll.passed -> record.in',
      'poll.failed -> stop.in',
    ],
  );
}

/** A token vote whose proposal asks for a fractional voting power, with nobody connected to propose. */
export function unfedThreshold(): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', label: 'Proposal', params: { minVotingPower: '100.5' } },
      token('acme', 'ACME', acme),
      vote('vote', 'Token vote'),
      { id: 'delay', kind: 'timelock', label: 'Timelock' },
      { id: 'run', kind: 'execute', label: 'Execute' },
      { id: 'stop', kind: 'reject', label: 'Reject' },
    ],
    [
      'propose.out -> vote.in',
      'acme.voters -> vote.voters',
      'vote.passed -> delay.in',
      'delay.out -> run.in',
      'vote.failed -> stop.in',
    ],
  );
}
