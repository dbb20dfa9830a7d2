import type { CharterConfig } from '../generated/charter-config.ts';
import { readGovernorEntries } from '../targets/openzeppelin/read-governor-entries.ts';
import type { ChainOutcome } from './replay-proposal.ts';
import type { TargetVerification } from './target-verification.ts';
import { timelockName } from './timelock-name.ts';
import type { VerifierOptions } from './verifier.ts';
import type { VerifyGovernorsReturnType } from './verify-governors.ts';

function summary(outcome: ChainOutcome): string {
  if (!outcome.proposed) return 'not proposed (no holder meets the proposal threshold)';
  const votes = `For ${outcome.forVotes}, Against ${outcome.againstVotes}, Abstain ${outcome.abstainVotes} base units`;
  const cancelled =
    outcome.cancelledBy === undefined
      ? ''
      : `, cancelled in the delay by ${outcome.cancelledBy}${outcome.cancelSignatures === undefined ? '' : ` (the veto's Safe, with ${outcome.cancelSignatures} signatures)`}`;
  return `${outcome.state} (quorum ${outcome.quorum}; ${votes})${cancelled}${outcome.executed ? ', executed' : ''}`;
}

/** {@link verifyGovernors}' report in the shape every target's verifier gives. */
export function governorsVerification(result: VerifyGovernorsReturnType): TargetVerification {
  return {
    target: 'openzeppelin',
    units: result.paths.map((path) => ({
      unit: path.vote,
      deployed: `${path.contracts.governorContract} ${path.contracts.governor}, ${timelockName(path.contracts.timelockContract)} ${path.contracts.timelock}, ${path.contracts.tokenContract} ${path.contracts.token}${path.contracts.votesAdapter === undefined ? '' : ` read through CharterCompVotes ${path.contracts.votesAdapter}`}${path.contracts.safe === undefined ? '' : `, the veto's Safe v1.4.1 ${path.contracts.safe}`}`,
      checks: [
        ...(path.failedDeployment === undefined
          ? []
          : [
              {
                scenario: 0,
                summary: `${path.failedDeployment}'s deployment`,
                mismatch: { field: 'deployed', simulator: 'true', real: 'false (reverted)' },
              },
            ]),
        ...path.checks.map((check) => ({
          scenario: check.scenario,
          summary: `${check.boundary === undefined ? '' : `${check.boundary}: `}${summary(check.chain)}`,
          ...(check.mismatch === undefined
            ? {}
            : {
                mismatch: {
                  field: check.mismatch.field,
                  simulator: check.mismatch.simulator,
                  real: check.mismatch.chain,
                },
              }),
        })),
      ],
    })),
  };
}

/** The OpenZeppelin verifier: every Governor path replayed on OpenZeppelin's contracts ({@link verifyGovernors}). */
export async function verifyOpenZeppelin(
  config: CharterConfig,
  options: VerifierOptions = {},
): Promise<TargetVerification> {
  if (readGovernorEntries(config).length === 0) {
    const problems = (config.targets.openzeppelin?.problems ?? []).map((problem) => problem.message);
    return {
      target: 'openzeppelin',
      units: [],
      notVerifiable: `no path an OpenZeppelin Governor can run, so there is nothing to check on its contracts${problems.length > 0 ? `: ${problems.join(' ')}` : '.'}`,
    };
  }
  const { verifyGovernors } = await import('./verify-governors.ts');
  return governorsVerification(await verifyGovernors(config, options));
}
