import type { CharterConfig } from '../../generated/charter-config.ts';
import type { DrawnVotesEvent } from '../../simulate/run-proposal.ts';
import { simulate } from '../../simulate/simulate.ts';
import type { StepTrace } from '../../simulate/trace.ts';
import { stageReaching } from '../stage-reaching.ts';
import type { ScenarioVerdict, TargetVerification, UnitVerification } from '../target-verification.ts';
import type { VerifierOptions } from '../verifier.ts';
import {
  createProposal,
  isMinApprovalReached,
  isMinParticipationReached,
  isSupportThresholdReached,
} from './token-voting-arithmetic.ts';

/** One plugin of the Aragon target's parameters, the fields read here. */
interface AragonPlugin {
  plugin: string;
  decision: string;
  settings?: {
    votingMode: number;
    supportThreshold: number;
    minParticipation: number;
    minApprovals?: number;
  };
  minApprovals?: string;
  build?: { repo: string; build: number; tag: string; commit: string };
}

/** What `verify` says of the checks, so that nobody reads them as the deployed contract's answer. */
const portNote =
  "checked on a bigint port of TokenVoting's checks (compiler/verify/aragon/token-voting-arithmetic.ts), not on the " +
  "deployed contract: Aragon's Solidity (AGPL-3.0-or-later, never vendored) is not fetched on this machine; " +
  '`node scripts/fetch-aragon-sources.js` fetches it, and verify then runs the contracts';

/**
 * Checks every TokenVoting plugin of a compiled config against a bigint port of the contract's own checks
 * (TokenVoting.createProposal's `_applyRatioCeiled` quorum and approval thresholds, MajorityVotingBase's
 * `isSupportThresholdReached`, `isMinParticipationReached`, `isMinApprovalReached` on the closed vote): for each
 * route reaching the plugin's decision, the simulator runs `scenarios` sample proposals; each one's drawn ballots are
 * summed again from the holders' balances, the port creates the proposal with the emitted settings on the
 * electorate's total supply and decides it, and the tally, the minimum participation in base units, whether it was
 * reached and whether the proposal passes are compared, naming the first field that differs.
 *
 * It is a port of the contract's checks, not the deployed contract: Aragon's plugin sources are AGPL-3.0-or-later
 * and cannot be vendored into this MIT repository; `charter verify` uses it when they are not fetched (else
 * verify-aragon-contracts.ts runs the contracts). Multisig plugins are checked the same way on a port of its
 * `approvals >= minApprovals`. Proposals the simulator found no proposer for are not compared (the port does not
 * hold TokenVoting's proposer check).
 */
export function verifyAragon(config: CharterConfig, options: VerifierOptions = {}): TargetVerification {
  const plugins =
    (config.targets.aragon?.parameters as { plugins?: AragonPlugin[] } | undefined)?.plugins ?? [];
  if (plugins.length === 0)
    return { target: 'aragon', units: [], notVerifiable: 'the document deploys no Aragon plugin' };
  return {
    target: 'aragon',
    units: plugins.map((plugin) =>
      plugin.plugin === 'token-voting' && plugin.settings !== undefined
        ? verifyTokenVoting(config, plugin as Required<AragonPlugin>, options)
        : plugin.plugin === 'addresslist-voting' && plugin.settings !== undefined
          ? // AddresslistVoting is TokenVoting's checks over the number of members, one vote each, with no minApprovals.
            verifyTokenVoting(
              config,
              { ...plugin, minApprovals: '0' } as Required<AragonPlugin>,
              options,
              'AddresslistVoting',
            )
          : plugin.plugin === 'multisig' && plugin.settings?.minApprovals !== undefined
            ? verifyMultisig(config, plugin as Required<AragonPlugin>, options)
            : {
                unit: plugin.decision,
                deployed: `${plugin.plugin} plugin for ${plugin.decision}: not checked here (no port of it)`,
                checks: [],
              },
    ),
  };
}

/** The decision's drawn ballots of each sample proposal of each route reaching it, with the simulator's step (and the verifier on the contracts). */
export function replayed(config: CharterConfig, decision: string, options: VerifierOptions) {
  const seed = options.seed ?? 1;
  const count = options.scenarios ?? 20;
  const run = options.simulate ?? simulate;
  const found: { type: string; step: StepTrace; event: DrawnVotesEvent }[] = [];
  for (const route of config.routes.filter((candidate) =>
    candidate.steps.some((step) => step.node === decision),
  )) {
    const stage = stageReaching(route, decision);
    const drawn = new Map<number, DrawnVotesEvent>();
    const simulated = run(
      config,
      {
        seed,
        ...(stage === undefined ? {} : { stage }),
        proposals: Array.from({ length: count }, () => ({ type: route.proposalType })),
      },
      {
        onVotes: (event) => {
          if (event.node === decision) drawn.set(event.proposal, event);
        },
      },
    );
    for (const [index, trace] of simulated.proposals.entries()) {
      const step = trace.steps.find((candidate) => candidate.node === decision);
      const event = drawn.get(index);
      if (step !== undefined && event !== undefined) found.push({ type: route.proposalType, step, event });
    }
  }
  return found;
}

/**
 * Multisig (aragon/multisig-plugin @ b0f62d2b92916f1be6a7aec95ae3452e3aecaaeb, packages/contracts/src/Multisig.sol
 * lines 478 and 605, `hasSucceeded` and `_canExecute`): `proposal_.approvals >= proposal_.parameters.minApprovals`,
 * one approval per listed member. The approvals are counted again from the drawn ballots (one per member voting for).
 */
function verifyMultisig(
  config: CharterConfig,
  plugin: Required<AragonPlugin>,
  options: VerifierOptions,
): UnitVerification {
  const minApprovals = plugin.settings.minApprovals!;
  const deployed =
    `Multisig build ${plugin.build.build} (${plugin.build.repo} ${plugin.build.tag}) for ${plugin.decision}: ` +
    `minApprovals ${minApprovals}; checked on a port of Multisig's approvals >= minApprovals, not on the deployed contract`;
  const checks: ScenarioVerdict[] = [];
  for (const { type, step, event } of replayed(config, plugin.decision, options)) {
    if (step.tally === undefined) continue;
    const approvals = event.votes.filter((vote) => vote.support === 'for').length;
    const passes = approvals >= minApprovals;
    const simulator = { approvals: step.tally.for, passes: String(step.branch === 'passed') };
    const real = { approvals: String(approvals), passes: String(passes) };
    const field = (['approvals', 'passes'] as const).find((name) => simulator[name] !== real[name]);
    checks.push({
      scenario: checks.length + 1,
      ...(field === undefined ? {} : { mismatch: { field, simulator: simulator[field], real: real[field] } }),
      summary: `${type}: ${approvals} of ${minApprovals} approvals needed: ${passes ? 'executable' : 'not executable'}`,
    });
  }
  return { unit: plugin.decision, deployed, checks };
}

function verifyTokenVoting(
  config: CharterConfig,
  plugin: Required<AragonPlugin>,
  options: VerifierOptions,
  title = 'TokenVoting',
): UnitVerification {
  const { settings } = plugin;
  const minApprovals = BigInt(plugin.minApprovals ?? '0');
  const deployed =
    `${title} build ${plugin.build.build} (${plugin.build.repo} ${plugin.build.tag}) for ${plugin.decision}: ` +
    `supportThreshold ${settings.supportThreshold}, minParticipation ${settings.minParticipation}, minApprovals ` +
    `${minApprovals}, votingMode ${settings.votingMode}; ${portNote}`;
  const checks: ScenarioVerdict[] = [];
  for (const { type, step, event } of replayed(config, plugin.decision, options)) {
    if (step.tally === undefined || step.quorum === undefined) continue;
    const tally = { yes: 0n, no: 0n, abstain: 0n };
    for (const vote of event.votes) {
      const power = event.electorate.holders[vote.holder]!.balance;
      if (vote.support === 'for') tally.yes += power;
      else if (vote.support === 'against') tally.no += power;
      else tally.abstain += power;
    }
    const simulator = {
      yes: step.tally.for,
      no: step.tally.against,
      abstain: step.tally.abstain,
      minVotingPower: step.quorum.needed,
      participation: String(step.quorum.met),
      passes: String(step.branch === 'passed'),
    };
    const real = replay(settings, minApprovals, event.electorate.supply, tally);
    // A quorum counting For only is emitted as minApprovals (minParticipation 0): the simulator's quorum is then the
    // minimum approval, reached when yes meets it.
    if (minApprovals > 0n) {
      real.minVotingPower = real.minApprovalPower;
      real.participation = real.approval;
    }
    const field = (Object.keys(simulator) as (keyof typeof simulator)[]).find(
      (name) => simulator[name] !== real[name],
    );
    checks.push({
      scenario: checks.length + 1,
      ...(field === undefined ? {} : { mismatch: { field, simulator: simulator[field], real: real[field] } }),
      summary: `${type}: ${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstain of ${event.electorate.supply}: ${real.why}`,
    });
  }
  return { unit: plugin.decision, deployed, checks };
}

/** The port's verdict on one closed vote, in the simulator's terms; a revert of the contract is `reverts: …`. */
function replay(
  settings: { supportThreshold: number; minParticipation: number },
  minApprovals: bigint,
  supply: bigint,
  tally: { yes: bigint; no: bigint; abstain: bigint },
) {
  let proposal: ReturnType<typeof createProposal>;
  try {
    proposal = createProposal(
      {
        supportThreshold: BigInt(settings.supportThreshold),
        minParticipation: BigInt(settings.minParticipation),
        minApprovals,
      },
      supply,
      tally,
    );
  } catch (error) {
    const reverted = `reverts: ${(error as Error).message}`;
    return {
      yes: String(tally.yes),
      no: String(tally.no),
      abstain: String(tally.abstain),
      minVotingPower: reverted,
      participation: reverted,
      minApprovalPower: reverted,
      approval: reverted,
      passes: reverted,
      why: `createProposal ${reverted}`,
    };
  }
  const support = isSupportThresholdReached(proposal);
  const participation = isMinParticipationReached(proposal);
  const approval = isMinApprovalReached(proposal);
  const passes = support && participation && approval;
  return {
    yes: String(tally.yes),
    no: String(tally.no),
    abstain: String(tally.abstain),
    minVotingPower: String(proposal.minVotingPower),
    participation: String(participation),
    minApprovalPower: String(proposal.minApprovalPower),
    approval: String(approval),
    passes: String(passes),
    why: passes
      ? `passes (participation ≥ ${proposal.minVotingPower}, support over the threshold, approval ≥ ${proposal.minApprovalPower})`
      : `fails: ${[
          support ? undefined : 'support not over the threshold',
          participation ? undefined : `participation below ${proposal.minVotingPower}`,
          approval ? undefined : `yes below the minimum approval ${proposal.minApprovalPower}`,
        ]
          .filter((reason) => reason !== undefined)
          .join(', ')}`,
  };
}
