import type { ChainOutcome } from './replay-proposal.ts';

/** A field on which the simulator and the chain disagree, with both values as a user reads them. */
export interface Mismatch {
  field: keyof ChainOutcome;
  simulator: string;
  chain: string;
}

/** The fields compared, in the order a proposal goes through them. */
const fields: readonly (keyof ChainOutcome)[] = [
  'proposed',
  'state',
  'quorum',
  'forVotes',
  'againstVotes',
  'abstainVotes',
  'voteEnd',
  'executableAfter',
  'cancelSignatures',
  'executed',
];

function show(field: keyof ChainOutcome, value: ChainOutcome[keyof ChainOutcome]): string {
  if (value === null || value === undefined) return 'none';
  return field === 'voteEnd' || field === 'executableAfter' ? `${value} s` : String(value);
}

/**
 * The first field, in proposal order, where the chain's outcome differs from the simulator's; undefined when they
 * agree. Amounts are base units, times seconds from the proposal. A proposal that was not proposed is compared on
 * `proposed` alone; the fields in `skip` are not compared.
 */
export function firstMismatch(
  simulator: ChainOutcome,
  chain: ChainOutcome,
  skip: readonly (keyof ChainOutcome)[] = [],
): Mismatch | undefined {
  for (const field of fields) {
    if (!simulator.proposed && field !== 'proposed') return undefined;
    if (skip.includes(field)) continue;
    if (simulator[field] !== chain[field])
      return { field, simulator: show(field, simulator[field]), chain: show(field, chain[field]) };
  }
  return undefined;
}
