import type { Address, Hex } from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';
import type {
  CompoundTimelockParameters,
  GovernorParameters,
  TimelockAccount,
  TimelockParameters,
} from './types.ts';
import type { VetoSafe } from './veto-safe.ts';

/** One Governor of a compiled config's `openzeppelin` target, with its integers back as bigints. */
export interface GovernorEntry {
  /** The majority vote the Governor runs. */
  vote: string;
  /** The electorate whose token it counts. */
  token: string;
  /** The proposal node whose proposals reach the vote. */
  proposal: string;
  /** The execute node the path ends in. */
  execute: string;
  /** The timelock node on the path; null when it has none (the TimelockController then has a delay of 0). */
  timelockNode: string | null;
  /** The veto node on the path, whose window is the timelock's delay and whose body its extra cancellers. */
  vetoNode?: string;
  /** When the veto needs k > 1 of its body: the Safe (threshold k) that is the timelock's one extra canceller. */
  vetoSafe?: VetoSafe;
  governor: GovernorParameters;
  /**
   * The TimelockController (with the Governor's grace period, if any), or Compound's Timelock (`kind: 'compound'`)
   * when the timelock has its 14-day grace period.
   */
  timelock: TimelockParameters | CompoundTimelockParameters;
}

/**
 * The Governors a compiled config's `openzeppelin` target describes, in its order, read back from the config's JSON
 * (integers as decimal text) into the parameter types that encodeConstructorArgs takes. Empty when the target has
 * none (no path is executed by a governor, or none compiled).
 */
export function readGovernorEntries(config: CharterConfig): GovernorEntry[] {
  const entries = (config.targets.openzeppelin?.parameters.governors ?? []) as {
    vote: string;
    token: string;
    proposal: string;
    execute: string;
    timelock: string | null;
    veto?: string;
    governor: Record<string, unknown>;
    timelockController?: Record<string, unknown>;
    compoundTimelock?: Record<string, unknown>;
    vetoSafe?: Record<string, string | string[]>;
  }[];
  return entries.map((entry) => {
    const g = entry.governor;
    const t = entry.timelockController;
    const c = entry.compoundTimelock;
    const governor: GovernorParameters = {
      name: g.name as string,
      clockMode: g.clockMode as GovernorParameters['clockMode'],
      votingDelay: BigInt(g.votingDelay as string),
      votingPeriod: BigInt(g.votingPeriod as string),
      proposalThreshold: BigInt(g.proposalThreshold as string),
      quorumNumerator: BigInt(g.quorumNumerator as string),
      quorumDenominator: BigInt(g.quorumDenominator as string),
      lateQuorumVoteExtension: BigInt(g.lateQuorumVoteExtension as string),
      quorumCounts: g.quorumCounts as GovernorParameters['quorumCounts'],
      supportNumerator: BigInt(g.supportNumerator as string),
      supportDenominator: BigInt(g.supportDenominator as string),
      ...(g.fixedQuorum === undefined ? {} : { fixedQuorum: BigInt(g.fixedQuorum as string) }),
      ...(g.forThreshold === undefined ? {} : { forThreshold: BigInt(g.forThreshold as string) }),
      ...(g.forMargin === undefined ? {} : { forMargin: BigInt(g.forMargin as string) }),
      ...(g.quorumOf === undefined ? {} : { quorumOf: g.quorumOf as 'delegated' }),
      ...(g.quorumExcluded === undefined ? {} : { quorumExcluded: g.quorumExcluded as Address[] }),
      ...(g.quorumMinimum === undefined ? {} : { quorumMinimum: BigInt(g.quorumMinimum as string) }),
      ...(g.quorumMaximum === undefined ? {} : { quorumMaximum: BigInt(g.quorumMaximum as string) }),
      ...(g.superQuorumNumerator === undefined
        ? {}
        : { superQuorumNumerator: BigInt(g.superQuorumNumerator as string) }),
    };
    const timelock: TimelockParameters | CompoundTimelockParameters =
      c !== undefined
        ? {
            kind: 'compound',
            delay: BigInt(c.delay as string),
            gracePeriod: BigInt(c.gracePeriod as string),
            admin: 'governor',
            cancellers: c.cancellers as Address[],
          }
        : {
            minDelay: BigInt(t!.minDelay as string),
            proposers: t!.proposers as TimelockAccount[],
            executors: t!.executors as TimelockAccount[],
            admin: t!.admin as Address,
            cancellers: t!.cancellers as Address[],
            ...(t!.gracePeriod === undefined ? {} : { gracePeriod: BigInt(t!.gracePeriod as string) }),
            ...(t!.cancellersUntil === undefined
              ? {}
              : { cancellersUntil: BigInt(t!.cancellersUntil as string) }),
          };
    return {
      vote: entry.vote,
      token: entry.token,
      proposal: entry.proposal,
      execute: entry.execute,
      timelockNode: entry.timelock,
      ...(entry.veto === undefined ? {} : { vetoNode: entry.veto }),
      ...(entry.vetoSafe === undefined ? {} : { vetoSafe: readVetoSafe(entry.vetoSafe) }),
      governor,
      timelock,
    };
  });
}

function readVetoSafe(safe: Record<string, string | string[]>): VetoSafe {
  return {
    owners: safe.owners as Address[],
    threshold: BigInt(safe.threshold as string),
    fallbackHandler: safe.fallbackHandler as Address,
    setupCalldata: safe.setupCalldata as Hex,
    factory: safe.factory as Address,
    singleton: safe.singleton as Address,
    saltNonce: BigInt(safe.saltNonce as string),
    address: safe.address as Address,
  };
}
