import { getAddress, type Hex } from 'viem';
import { formatDuration } from '../format/format-duration.ts';
import type { CharterConfig, ConfigRoute } from '../generated/charter-config.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import type { GeneratedElectorate } from '../simulate/scenario/generate-electorate.ts';
import type { Scenario } from '../simulate/scenario/scenario.ts';
import { voteTime } from '../simulate/vote-time.ts';
import { deployCalldata } from '../targets/openzeppelin/deploy-calldata.ts';
import type { GovernorEntry } from '../targets/openzeppelin/read-governor-entries.ts';
import type { Clock } from '../units/seconds-to-clock.ts';
import { firstMismatch } from './first-mismatch.ts';
import { holderAddress } from './holder-address.ts';
import type { Chain } from './open-chain.ts';
import { type ChainOutcome, replayProposal } from './replay-proposal.ts';
import type { ScenarioCheck } from './verify-governors.ts';

/** What {@link governorBoundaryChecks} needs besides the chain: the path, its route, clock and scenario. */
export interface GovernorBoundaryContext {
  config: CharterConfig;
  entry: GovernorEntry;
  route: ConfigRoute;
  clock: Clock;
  scenario: Scenario;
  /** Voting power quorums are a share of, in base units: the electorate's supply. */
  supply: bigint;
}

/**
 * Setup checks (scenario 0) of a Governor path with a For threshold T, a margin M or a grace period G over a
 * TimelockController, at the exact boundaries, which sample votes never land on. On a fresh token holding the proposal
 * threshold (the proposer, who does not vote), T, 1, M, T + 1 and T base units and the rest, all delegated, and a fresh
 * TimelockController and Governor deployed with the path's compiled parameters:
 * - For of T must fail and T + 1 pass (with T);
 * - For of T + 1 + M against T + 1 (a lead of exactly M) must fail, and against T (M + 1) pass (with M);
 * - a proposal executed G − 1 seconds after its eta must run, and one executed G seconds after must not (with G; the
 *   voters but 4 and 5 vote For).
 * T, M and G are the rules the simulator reads (the vote's, the timelock's on the route), not the target's
 * parameters, and the simulator's own decision (the vote's kind, on those ballots) says what must pass. Empty when the path has none
 * of the three, or the supply cannot hold those balances.
 */
export async function governorBoundaryChecks(
  chain: Chain,
  context: GovernorBoundaryContext,
): Promise<ScenarioCheck[]> {
  const { config, entry, route, clock, scenario, supply } = context;
  const { proposalThreshold } = entry.governor;
  const timelockRule = route.steps.find((step) => step.node === entry.timelockNode)?.rule as
    | { gracePeriod?: number }
    | undefined;
  // Compound's Timelock expires on its own (test/onchain/compound-governor.test.ts); any other grace is the Governor's.
  const grace = entry.timelock.kind === 'compound' ? 0n : BigInt(timelockRule?.gracePeriod ?? 0);
  const body = config.bodies.find((candidate) => candidate.id === entry.vote);
  const step = body === undefined ? undefined : getNodeKind(body.kind)?.simulation;
  if (body === undefined || step?.role !== 'decision') return [];
  // The boundaries are the rule's (what the simulator reads), so a Governor deployed with others is caught at them.
  const rule = body.rule as Record<string, unknown>;
  const amount = (key: string) => (typeof rule[key] === 'string' ? BigInt(rule[key] as string) : undefined);
  const forThreshold = amount('forThreshold');
  const forMargin = amount('forMargin');
  if (forThreshold === undefined && forMargin === undefined && grace === 0n) return [];
  const t = forThreshold ?? 0n;
  const m = forMargin ?? 0n;
  // Holder 0 proposes; 1 to 5 vote.
  const balances = [proposalThreshold, t, 1n, m, t + 1n, t];
  let held = 0n;
  for (const balance of balances) held += balance;
  if (held > supply) return [];
  const electorate: GeneratedElectorate = {
    supply,
    holders: [
      ...balances.map((balance, index) => ({ address: holderAddress(index), balance, active: true })),
      // The rest, delegated: it votes For only in the grace period's checks, so that they pass whatever the quorum.
      ...(supply > held
        ? [{ address: holderAddress(balances.length), balance: supply - held, active: true }]
        : []),
    ],
  };
  const [deployment] = deployCalldata(config, {
    deployer: chain.deployer,
    nonce: await chain.nonce(chain.deployer),
    holders: electorate.holders.map(({ address, balance, active }) => ({
      address: getAddress(address),
      balance,
      delegated: active,
    })),
    vote: entry.vote,
  });
  const hashes: Hex[] = [];
  for (const contract of [deployment!.token, deployment!.timelock, deployment!.governor])
    hashes.push(await chain.send({ from: chain.deployer, data: contract.data, gas: 900_000_000n }));
  await chain.mine();
  for (const hash of hashes) if ((await chain.receipt(hash)).status !== 'success') return [];
  await chain.setBalance(deployment!.timelock.address, 10n ** 24n);

  const at = voteTime(0, Number(rule.votingDelay ?? 0), Number(rule.votingPeriod ?? 0), clock);
  const checks: ScenarioCheck[] = [];
  let count = 0;
  /** Replays one proposal with `ayes` voting For and `nays` Against; executes `executeAfter` seconds past its eta. */
  const check = async (boundary: string, ayes: number[], nays: number[], executeAfter?: bigint) => {
    count += 1;
    const votes = [
      ...ayes.map((holder) => ({ holder, support: 'for' as const, moment: 0 })),
      ...nays.map((holder) => ({ holder, support: 'against' as const, moment: 0 })),
    ];
    const decided = step.decide({
      config,
      body,
      electorate,
      votes,
      proposal: { type: route.proposalType },
      scenario,
      random: () => 0,
      executesOn: ['openzeppelin'],
    });
    if ('unsupported' in decided || decided.tally === undefined) return undefined;
    const passed = decided.exit === 'passed';
    const chainOutcome = await replayProposal(chain, {
      governor: deployment!.governor.address,
      clock,
      proposer: holderAddress(0),
      recipient: getAddress(`0xb0d${count.toString(16).padStart(37, '0')}`),
      value: 1n,
      description: `Charter verify: ${entry.vote} at its boundary, check ${count}`,
      votes: votes.map((vote) => ({ voter: holderAddress(vote.holder), support: vote.support, at })),
      ...(executeAfter === undefined ? {} : { executeAfter }),
    });
    const simulator: ChainOutcome = {
      ...chainOutcome,
      proposed: true,
      state: passed ? 'Succeeded' : 'Defeated',
      quorum: BigInt(decided.quorum?.needed ?? chainOutcome.quorum),
      forVotes: BigInt(decided.tally.for),
      againstVotes: BigInt(decided.tally.against),
      abstainVotes: BigInt(decided.tally.abstain),
      executed: passed && (executeAfter === undefined || grace === 0n || executeAfter < grace),
    };
    const mismatch = firstMismatch(simulator, chainOutcome, ['voteEnd', 'executableAfter']);
    checks.push({
      scenario: 0,
      boundary,
      simulator,
      chain: chainOutcome,
      ...(mismatch === undefined ? {} : { mismatch }),
    });
    return passed;
  };
  if (forThreshold !== undefined) {
    await check(`For exactly at the threshold (${t} base units)`, [1], []);
    await check('For one base unit above the threshold', [1, 2], []);
  }
  if (forMargin !== undefined) {
    await check(`For ahead of Against by exactly the margin (${m} base units)`, [1, 2, 3], [4]);
    await check('For ahead by one base unit more than the margin', [1, 2, 3], [5]);
  }
  const period = formatDuration(Number(grace));
  const ends = `the grace period of ${period} ends`;
  const all = supply > held ? [1, 2, 3, balances.length] : [1, 2, 3];
  if (grace > 0n && (await check(`executing 1 second before ${ends}`, all, [], grace - 1n)))
    await check(`executing as ${ends} (its eta + ${period})`, all, [], grace);
  return checks;
}
