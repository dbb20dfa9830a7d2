import {
  charterCompoundGovernorArtifact,
  charterGovernorArtifact,
  charterSuperQuorumGovernorArtifact,
  compoundTimelockArtifact,
  timelockControllerArtifact,
} from '../../generated/openzeppelin-contracts.ts';
import type { GovernorEntry } from './read-governor-entries.ts';

/** A contract's name and creation bytecode, as the generated module holds it. */
export interface CreationArtifact {
  contractName: string;
  bytecode: `0x${string}`;
}

/**
 * Which contracts a Governor path deploys: CharterCompoundGovernor over Compound's Timelock when the target chose it
 * (a 14-day grace period, see timelockParameters); otherwise CharterGovernor (which holds any other grace period), or
 * CharterSuperQuorumGovernor when the vote has a super quorum, over OpenZeppelin's TimelockController.
 */
export function governorArtifacts(entry: Pick<GovernorEntry, 'governor' | 'timelock'>): {
  governor: CreationArtifact;
  timelock: CreationArtifact;
} {
  if (entry.timelock.kind === 'compound')
    return { governor: charterCompoundGovernorArtifact, timelock: compoundTimelockArtifact };
  return {
    governor:
      entry.governor.superQuorumNumerator === undefined
        ? charterGovernorArtifact
        : charterSuperQuorumGovernorArtifact,
    timelock: timelockControllerArtifact,
  };
}
