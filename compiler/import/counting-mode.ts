import type { MajorityVoteParams } from '../generated/charter-document.ts';

/** What a Governor's COUNTING_MODE() means for a majority vote, and what of it the document cannot say. */
export interface CountingReading {
  quorumCounts: MajorityVoteParams['quorumCounts'];
  /** Counting features beyond For/Against/Abstain, such as `fractional` or `override`, which the document has no field for. */
  extras: string[];
}

const quorumCounts: Record<string, MajorityVoteParams['quorumCounts']> = {
  for: 'for',
  'abstain,for': 'for+abstain',
  'abstain,against,for': 'all',
};

/**
 * Reads ERC-6372/IGovernor's COUNTING_MODE(), a URL query string such as `support=bravo&quorum=for,abstain`
 * (GovernorCountingSimple) or `support=bravo,fractional&quorum=for,abstain&params=fractional`. Gives undefined when the
 * support is not Bravo's For/Against/Abstain or the quorum counts a set of votes the document cannot name, so that the
 * importer refuses rather than guesses.
 */
export function readCountingMode(mode: string): CountingReading | undefined {
  const fields = new Map<string, string[]>();
  for (const pair of mode.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key) fields.set(key, value.split(',').filter(Boolean));
  }
  const support = fields.get('support') ?? [];
  if (!support.includes('bravo')) return undefined;
  const counted = quorumCounts[[...(fields.get('quorum') ?? [])].sort().join(',')];
  if (counted === undefined) return undefined;
  const extras = [
    ...support.filter((feature) => feature !== 'bravo'),
    ...[...fields.keys()].filter((key) => key !== 'support' && key !== 'quorum'),
  ];
  return { quorumCounts: counted, extras: [...new Set(extras)] };
}
