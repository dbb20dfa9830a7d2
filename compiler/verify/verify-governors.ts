import {
  type Address,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  getContractAddress,
  type Hex,
  keccak256,
  parseAbi,
  toHex,
} from 'viem';
import { CharterError } from '../errors/charter-error.ts';
import type { CharterConfig } from '../generated/charter-config.ts';
import {
  charterExpiringCancellerArtifact,
  timelockControllerArtifact,
} from '../generated/openzeppelin-contracts.ts';
import type { DrawnVotesEvent } from '../simulate/run-proposal.ts';
import { generateElectorates } from '../simulate/scenario/generate-electorates.ts';
import { mulberry32 } from '../simulate/scenario/mulberry32.ts';
import type { Scenario } from '../simulate/scenario/scenario.ts';
import { simulate } from '../simulate/simulate.ts';
import { voteTime } from '../simulate/vote-time.ts';
import { deployCalldata, type TokenHolder } from '../targets/openzeppelin/deploy-calldata.ts';
import { readGovernorEntries } from '../targets/openzeppelin/read-governor-entries.ts';
import { firstMismatch, type Mismatch } from './first-mismatch.ts';
import { governorBoundaryChecks } from './governor-boundary-checks.ts';
import { holderAddress } from './holder-address.ts';
import { type Chain, openChain } from './open-chain.ts';
import { quorumBoundaries } from './quorum-boundaries.ts';
import { type ChainOutcome, type ReplayProposalParameters, replayProposal } from './replay-proposal.ts';
import { placeCanonicalSafe } from './safe/place-canonical-safe.ts';
import { simulatorOutcome } from './simulator-outcome.ts';
import { stageReaching } from './stage-reaching.ts';

/** Options of {@link verifyGovernors}. */
export interface VerifyGovernorsOptions {
  /** Sample proposals replayed per path. @default 20 */
  scenarios?: number;
  /** Seed of the simulator's PRNG. @default 1 */
  seed?: number;
  /**
   * Who votes and how (electorates, delegation, turnout, preference); its proposals are replaced by `scenarios`
   * proposals of the path's type. @default the scenario `charter simulate` uses
   */
  scenario?: Omit<Scenario, 'seed' | 'proposals'>;
  /** The chain to deploy on; a fresh in-process one, closed at the end, when absent. */
  chain?: Chain;
  /** The simulator whose traces are checked; tests replace it to see a disagreement reported. @default simulate */
  simulate?: typeof simulate;
  /** Only the path of this majority vote (its node id). @default every path */
  vote?: string;
  /**
   * Whether to check the boundaries too: the quorum's ({@link quorumBoundaries}), the For threshold's, the margin's and
   * the grace period's ({@link governorBoundaryChecks}). @default true
   */
  boundaries?: boolean;
}

/** One sample proposal: what the simulator said, what the chain did, and the first field they differ on. */
export interface ScenarioCheck {
  /** 1-based, in the scenario's order; 0 for a setup check at a boundary. */
  scenario: number;
  /**
   * A setup check's boundary, in words: "For exactly at the threshold (…)", or a proposal on an electorate built at the
   * quorum's boundary.
   */
  boundary?: string;
  simulator: ChainOutcome;
  chain: ChainOutcome;
  mismatch?: Mismatch;
  /** Steps the simulator timed between the vote and the execution that the Governor has no place for (a veto). */
  uncomparedTime?: string[];
}

/** The check of one Governor path. */
export interface PathVerification {
  /** The majority vote the Governor runs. */
  vote: string;
  /** The electorate whose token it counts. */
  token: string;
  /** The proposal type replayed; null when no route reaches the vote. */
  proposalType: string | null;
  /** Where the token, timelock and Governor were deployed, and which Governor and timelock contracts. */
  contracts: {
    token: Address;
    timelock: Address;
    governor: Address;
    governorContract: string;
    timelockContract: string;
    /** CharterVotesToken, or UNI standing for a Compound-style electorate's token. */
    tokenContract: string;
    /** CharterCompVotes, through which the Governor reads a Compound-style token's getPriorVotes. */
    votesAdapter?: Address;
    /** The veto's Safe, when k > 1 vetoes block. */
    safe?: Address;
  };
  /** Set when a contract's deployment reverted: the compiled parameters cannot be deployed. */
  failedDeployment?: string;
  checks: ScenarioCheck[];
  /** Sample proposals that never reached the vote (another branch took them). */
  skipped: number;
}

/** What {@link verifyGovernors} returns. */
export interface VerifyGovernorsReturnType {
  seed: number;
  paths: PathVerification[];
  /** Every contract deployed, at least one proposal was replayed, and every check agreed. */
  agreed: boolean;
}

const createProxyAbi = parseAbi([
  'function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address proxy)',
]);

const recipientAddress = (index: number) => getAddress(`0xbeef${(index + 1).toString(16).padStart(36, '0')}`);

/**
 * Checks every Governor path of a compiled config against OpenZeppelin's contracts in an in-process EVM: deploys
 * CharterVotesToken (holding the simulator's generated balances, active holders delegated to themselves; for a
 * Compound-style electorate, Uniswap's UNI, given the same balances and delegations by calls, and CharterCompVotes
 * over it), the
 * TimelockController and the reference Governor with the compiled parameters ({@link deployCalldata}), then replays
 * each sample proposal the simulator ran ({@link replayProposal}, with the votes the simulator drew) and compares the
 * chain's outcome with the trace's ({@link simulatorOutcome}, {@link firstMismatch}). A veto the target holds is
 * replayed as its first vetoing member cancelling in the timelock's delay, with the canceller role the deployment
 * grants. A veto of k > 1 is its Safe (v1.4.1, the real contracts at their canonical addresses, created with the
 * config's setup and salt, which must land at the predicted address): for a proposal the simulator vetoed, k − 1 of
 * the members it drew vetoing sign a Safe transaction calling `cancel` first (which must not go through), then k of
 * them; for one it let pass, every member drawn vetoing signs (fewer than k, which must not cancel).
 */
export async function verifyGovernors(
  config: CharterConfig,
  options: VerifyGovernorsOptions = {},
): Promise<VerifyGovernorsReturnType> {
  const seed = options.seed ?? 1;
  const count = options.scenarios ?? 20;
  const run = options.simulate ?? simulate;
  const chain = options.chain ?? (await openChain());
  const paths: PathVerification[] = [];
  try {
    const entries = readGovernorEntries(config).filter(
      (entry) => options.vote === undefined || entry.vote === options.vote,
    );
    for (const entry of entries) {
      const route = config.routes.find(
        (candidate) =>
          candidate.entry === entry.proposal && candidate.steps.some((step) => step.node === entry.vote),
      );
      const clock = { clockMode: entry.governor.clockMode, blockTime: config.chain.blockTime };
      // A path behind a stage step is replayed in the stage that leads to it, whatever the DAO's current stage.
      const stage = route === undefined ? undefined : stageReaching(route, entry.vote);
      const scenario: Scenario = {
        ...options.scenario,
        ...(stage === undefined ? {} : { stage }),
        seed,
        proposals: route ? Array.from({ length: count }, () => ({ type: route.proposalType })) : [],
      };
      const electorate = generateElectorates(config, scenario, mulberry32(seed)).get(entry.token)!;
      // An address the rules leave out of the quorum is a holder at that very address, so the Governor finds its votes.
      const { quorumExcluded = [] } = config.bodies.find((body) => body.id === entry.vote)!.rule as {
        quorumExcluded?: string[];
      };
      const excluded = new Set(quorumExcluded.map((address) => address.toLowerCase()));
      const addressOf = (index: number): Address => {
        const own = electorate.holders[index]!.address;
        return excluded.has(own.toLowerCase()) ? getAddress(own) : holderAddress(index);
      };
      const holders: TokenHolder[] = electorate.holders.map((holder, index) => ({
        address: addressOf(index),
        balance: holder.balance,
        delegated: holder.active,
      }));
      let held = 0n;
      for (const holder of holders) held += holder.balance;
      // Imported balances may leave part of the supply unlisted: the deployer holds it, and never votes.
      if (held < electorate.supply)
        holders.push({ address: chain.deployer, balance: electorate.supply - held, delegated: false });

      // A veto's Safe is created through Safe's own factory at its canonical address, as on a real chain.
      if (entry.vetoSafe !== undefined) await placeCanonicalSafe(chain, config.chain.chainId);
      const [deployment] = deployCalldata(config, {
        deployer: chain.deployer,
        nonce: await chain.nonce(chain.deployer),
        holders,
        vote: entry.vote,
      });
      const { votesAdapter, holderCalls } = deployment!;
      const contracts = [
        deployment!.token,
        ...(votesAdapter === undefined ? [] : [votesAdapter]),
        deployment!.timelock,
        deployment!.governor,
      ];
      const hashes: Hex[] = [];
      for (const contract of contracts)
        hashes.push(await chain.send({ from: chain.deployer, data: contract.data, gas: 900_000_000n }));
      await chain.mine();
      // A Compound-style token (UNI) takes no holders at construction: each gets its balance, then delegates.
      const holderHashes: Hex[] = [];
      for (const call of holderCalls) {
        await chain.impersonate(call.from);
        holderHashes.push(await chain.send({ ...call, gas: 1_000_000n }));
      }
      if (holderCalls.length > 0) await chain.mine();
      const path: PathVerification = {
        vote: entry.vote,
        token: entry.token,
        proposalType: route?.proposalType ?? null,
        contracts: {
          token: deployment!.token.address,
          timelock: deployment!.timelock.address,
          governor: deployment!.governor.address,
          governorContract: deployment!.governor.contractName,
          tokenContract: deployment!.token.contractName,
          ...(votesAdapter === undefined ? {} : { votesAdapter: votesAdapter.address }),
          timelockContract: deployment!.timelock.contractName,
          ...(entry.vetoSafe === undefined ? {} : { safe: entry.vetoSafe.address }),
        },
        checks: [],
        skipped: 0,
      };
      paths.push(path);
      for (const [index, hash] of hashes.entries()) {
        if ((await chain.receipt(hash)).status !== 'success')
          path.failedDeployment = contracts[index]!.contractName;
      }
      for (const hash of holderHashes)
        if ((await chain.receipt(hash)).status !== 'success')
          path.failedDeployment = `${deployment!.token.contractName} (a holder's balance or delegation)`;
      const safe = entry.vetoSafe;
      // Two paths through one veto share its Safe (the same setup and salt): the first path created it.
      if (
        safe !== undefined &&
        path.failedDeployment === undefined &&
        (await chain.code(safe.address)) === '0x'
      ) {
        const creation = await chain.send({
          from: chain.deployer,
          to: safe.factory,
          data: encodeFunctionData({
            abi: createProxyAbi,
            functionName: 'createProxyWithNonce',
            args: [safe.singleton, safe.setupCalldata, safe.saltNonce],
          }),
          gas: 30_000_000n,
        });
        await chain.mine();
        if ((await chain.receipt(creation)).status !== 'success' || (await chain.code(safe.address)) === '0x')
          path.failedDeployment = `Safe v1.4.1 (the veto's, predicted at ${safe.address})`;
      }
      if (path.failedDeployment !== undefined || route === undefined) continue;
      await chain.setBalance(path.contracts.timelock, 10n ** 24n);
      // The cancellers a founder's deployment grants after the constructor (see deploymentPlan): granted here by the
      // timelock itself, which TimelockController makes its own admin. Compound's Timelock has none: its cancellers are
      // CharterCompoundGovernor's constructor argument.
      // Cancellers whose power ends hold it through a CharterExpiringCanceller, which alone is granted the role.
      let granted = entry.timelock.kind === 'compound' ? [] : entry.timelock.cancellers;
      const until = entry.timelock.kind === 'compound' ? undefined : entry.timelock.cancellersUntil;
      if (until !== undefined && granted.length > 0) {
        const expiring = getContractAddress({
          from: chain.deployer,
          nonce: BigInt(await chain.nonce(chain.deployer)),
        });
        const creation = await chain.send({
          from: chain.deployer,
          data: encodeDeployData({
            abi: charterExpiringCancellerArtifact.abi,
            bytecode: charterExpiringCancellerArtifact.bytecode,
            args: [path.contracts.timelock, granted, until],
          }),
          gas: 30_000_000n,
        });
        await chain.mine();
        if ((await chain.receipt(creation)).status !== 'success') {
          path.failedDeployment = `CharterExpiringCanceller (predicted at ${expiring})`;
          continue;
        }
        granted = [expiring];
      }
      for (const canceller of granted) {
        await chain.impersonate(path.contracts.timelock);
        await chain.send({
          from: path.contracts.timelock,
          to: path.contracts.timelock,
          data: encodeFunctionData({
            abi: timelockControllerArtifact.abi,
            functionName: 'grantRole',
            args: [keccak256(toHex('CANCELLER_ROLE')), canceller],
          }),
          gas: 1_000_000n,
        });
      }
      if (granted.length > 0) await chain.mine();

      const drawn = new Map<number, DrawnVotesEvent>();
      const vetoes = new Map<number, DrawnVotesEvent>();
      const result = run(config, scenario, {
        onVotes: (event) => {
          if (event.node === entry.vote) drawn.set(event.proposal, event);
          if (event.node === entry.vetoNode) vetoes.set(event.proposal, event);
        },
      });
      const rule = config.bodies.find((body) => body.id === entry.vote)!.rule as Record<string, unknown>;
      const start = Number(rule.votingDelay ?? 0);
      const period = Number(rule.votingPeriod ?? 0);
      const proposerIndex = electorate.holders.findIndex((holder) => holder.active);
      const proposer = proposerIndex < 0 ? chain.deployer : addressOf(proposerIndex);
      for (const [index, trace] of result.proposals.entries()) {
        const expected = simulatorOutcome(trace, entry, clock);
        if (expected === undefined) {
          path.skipped++;
          continue;
        }
        const votes = (drawn.get(index)?.votes ?? []).map((vote) => ({
          voter: addressOf(vote.holder),
          support: vote.support,
          at: voteTime(vote.moment, start, period, clock),
        }));
        // Vetoed in the simulator: the first member drawn vetoing cancels, as one of the timelock's cancellers; or,
        // through the veto's Safe, k − 1 of the members drawn vetoing and then k of them sign the cancel.
        const vetoStep = trace.steps.find((step) => step.node === entry.vetoNode);
        const vetoEvent = vetoes.get(index);
        const vetoers =
          vetoEvent === undefined
            ? []
            : [
                ...new Set(
                  vetoEvent.votes
                    .filter((vote) => vote.support === 'against')
                    .map((vote) => getAddress(vetoEvent.electorate.holders[vote.holder]!.address)),
                ),
              ];
        const vetoed = vetoStep?.branch === 'vetoed';
        let cancel: ReplayProposalParameters['cancel'];
        if (safe !== undefined && vetoStep?.branch != null && vetoers.length > 0) {
          const needed = Number(vetoStep.threshold?.needed ?? safe.threshold);
          cancel = {
            safe: safe.address,
            timelock: path.contracts.timelock,
            attempts: vetoed ? [vetoers.slice(0, needed - 1), vetoers.slice(0, needed)] : [vetoers],
          };
        } else if (safe === undefined && vetoed && vetoers.length > 0)
          cancel = { by: vetoers[0]!, timelock: path.contracts.timelock };
        const outcome = await replayProposal(chain, {
          ...(cancel === undefined ? {} : { cancel }),
          governor: path.contracts.governor,
          clock,
          proposer,
          recipient: recipientAddress(index),
          value: BigInt(index + 1),
          description: `Charter verify: ${entry.vote}, scenario ${index + 1} of seed ${seed}`,
          votes,
        });
        const mismatch = firstMismatch(
          expected.outcome,
          outcome,
          expected.uncomparedTime === undefined ? [] : ['executableAfter'],
        );
        path.checks.push({
          scenario: index + 1,
          simulator: expected.outcome,
          chain: outcome,
          ...(mismatch === undefined ? {} : { mismatch }),
          ...(expected.uncomparedTime === undefined ? {} : { uncomparedTime: expected.uncomparedTime }),
        });
      }
      // The For threshold, the margin and the grace period at their exact boundaries, which sample votes miss (not
      // again in the one-proposal replays of the quorum's boundaries below).
      if (options.boundaries !== false)
        path.checks.unshift(
          ...(await governorBoundaryChecks(chain, {
            config,
            entry,
            route,
            clock,
            scenario,
            supply: electorate.supply,
          })),
        );
    }
    // Each quorum boundary is one more proposal on a token built for it, on the same chain.
    for (const path of options.boundaries === false ? [] : [...paths]) {
      const entry = entries.find((candidate) => candidate.vote === path.vote)!;
      const token = config.electorates.find((electorate) => electorate.id === entry.token)!.token!;
      const built = {
        id: entry.token,
        supply: BigInt(token.totalSupply),
        decimals: token.decimals,
        symbol: token.symbol,
      };
      const rule = config.bodies.find((body) => body.id === entry.vote)!.rule as Record<string, unknown>;
      for (const boundary of quorumBoundaries(rule, entry.governor.proposalThreshold, built)) {
        const replay = await verifyGovernors(config, {
          ...options,
          chain,
          vote: entry.vote,
          scenarios: 1,
          scenario: boundary.scenario,
          boundaries: false,
        });
        const [replayed] = replay.paths;
        if (replayed?.failedDeployment !== undefined) path.failedDeployment = replayed.failedDeployment;
        for (const check of replayed?.checks ?? [])
          path.checks.push({ ...check, scenario: 0, boundary: boundary.label });
      }
    }
  } catch (error) {
    if (error instanceof CharterError) throw error;
    throw new CharterError('The on-chain replay failed.', {
      details: [(error as Error).message],
      cause: error,
    });
  } finally {
    if (options.chain === undefined) await chain.close();
  }
  const agreed = paths.every(
    (path) =>
      path.failedDeployment === undefined && path.checks.every((check) => check.mismatch === undefined),
  );
  return { seed, paths, agreed };
}
