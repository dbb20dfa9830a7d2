import { type Address, formatUnits, maxUint256, zeroAddress } from 'viem';
import { koreanParticle } from '../format/korean-particle.ts';
import type {
  CharterDocument,
  CharterEdge,
  CharterNode,
  TimelockParams,
} from '../generated/charter-document.ts';
import { utcDateTime } from '../units/unix-seconds.ts';
import { readCountingMode } from './counting-mode.ts';
import { fractionToDecimal } from './fraction-to-decimal.ts';
import type { CompoundTimelockFacts, GovernorFacts, TimelockFacts } from './governor-facts.ts';
import type { ImportNote } from './import-note.ts';

/** A rebuilt document with what could not be read, or the reason none can be built. */
export type ImportResult =
  | { ok: true; document: CharterDocument; notes: ImportNote[] }
  | { ok: false; reason: ImportNote };

const edge = (id: string, from: [string, string], to: [string, string]): CharterEdge => ({
  id,
  from: { node: from[0], port: from[1] },
  to: { node: to[0], port: to[1] },
});

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/**
 * The rule document a Governor (OpenZeppelin's, or Compound's Bravo or Alpha) runs, rebuilt from its getters: who may
 * propose (the proposal threshold), who votes (the token's holders), the majority vote (quorum, counting, delay,
 * period, late-quorum extension, super quorum), the timelock (delay, grace period, executors, cancellers, admin) and
 * execution. Durations in blocks become
 * seconds at the fact's block time. What the chain cannot say (proposal types, off-chain process) or says beyond what
 * a document can hold (an executor other than anyone or the Governor, fractional counting) is returned as notes and
 * written into the document's description; a value that cannot be written exactly (a quorum of 1/3) refuses the
 * import with the reason.
 */
export function governorDocument(facts: GovernorFacts): ImportResult {
  const counting = readCountingMode(facts.countingMode);
  if (counting === undefined)
    return refuse(
      'counting-mode-unknown',
      `The Governor counts votes as "${facts.countingMode}", which a majority vote cannot draw.`,
      `이 Governor의 개표 방식 "${facts.countingMode}"은 다수결 투표로 그릴 수 없습니다.`,
    );
  const notes: ImportNote[] = [
    {
      code: 'proposal-types-off-chain',
      en: 'Proposal types are not kept on chain: every proposal is drawn as one type, "proposal".',
      ko: '제안 유형은 체인에 기록되지 않으므로 모든 제안을 하나의 유형 "proposal"로 그렸습니다.',
    },
  ];
  for (const extra of counting.extras)
    notes.push({
      code: 'counting-extra',
      en: `The Governor's counting also has "${extra}", which the document has no field for.`,
      ko: `이 Governor의 개표에는 문서에 항목이 없는 "${extra}" 기능도 있습니다.`,
    });
  if (facts.blockTime.source === 'measured' && facts.clockMode === 'blocknumber')
    notes.push({
      code: 'block-time-measured',
      en: `Chain ${facts.chainId} has no fixed block time Charter knows: ${facts.blockTime.seconds} s per block was measured over blocks ${facts.blockTime.blocks?.from}–${facts.blockTime.blocks?.to}, and durations in blocks are converted at that rate.`,
      ko: `Charter가 체인 ${facts.chainId}의 고정 블록 시간을 알지 못해 블록 ${facts.blockTime.blocks?.from}–${facts.blockTime.blocks?.to}에서 잰 블록당 ${facts.blockTime.seconds}초로 블록 수를 시간으로 바꿨습니다.`,
    });

  const seconds = (units: bigint, what: string): number | ImportNote => {
    const value = facts.clockMode === 'timestamp' ? Number(units) : Number(units) * facts.blockTime.seconds;
    if (Number.isSafeInteger(value)) return value;
    return {
      code: 'duration-not-whole',
      en: `The ${what} of ${units} blocks is not a whole number of seconds at ${facts.blockTime.seconds} s per block.`,
      ko: `${what} ${units}블록은 블록당 ${facts.blockTime.seconds}초로 정확한 초 단위가 되지 않습니다.`,
    };
  };
  const votingDelay = seconds(facts.votingDelay, 'voting delay');
  const votingPeriod = seconds(facts.votingPeriod, 'voting period');
  const lateQuorum = seconds(facts.lateQuorumVoteExtension ?? 0n, 'late-quorum extension');
  for (const value of [votingDelay, votingPeriod, lateQuorum])
    if (typeof value !== 'number') return { ok: false, reason: value };

  const { token } = facts;
  const bravo = facts.family !== 'openzeppelin';
  const family = { openzeppelin: 'OpenZeppelin Governor', bravo: 'Governor Bravo', alpha: 'GovernorAlpha' }[
    facts.family
  ];
  // Bravo's propose() needs votes strictly above proposalThreshold(); the document's minimum is "at least".
  const minimumToPropose = bravo ? facts.proposalThreshold + 1n : facts.proposalThreshold;
  if (bravo) notes.push(...bravoNotes(facts, minimumToPropose));
  let quorum: { percent: string } | { absolute: string };
  if (facts.quorum.kind === 'fraction') {
    const percent = fractionToDecimal(facts.quorum.numerator * 100n, facts.quorum.denominator);
    if (percent === undefined)
      return refuse(
        'quorum-not-decimal',
        `The quorum ${facts.quorum.numerator}/${facts.quorum.denominator} of supply has no exact percentage.`,
        `정족수 ${facts.quorum.numerator}/${facts.quorum.denominator}은 정확한 백분율로 쓸 수 없습니다.`,
      );
    quorum = { percent };
  } else quorum = { absolute: formatUnits(facts.quorum.baseUnits, token.decimals) };
  const superDenominator =
    facts.quorum.kind === 'fraction' ? facts.quorum.denominator : facts.superQuorumDenominator;
  const superQuorum =
    facts.superQuorumNumerator !== undefined && superDenominator !== undefined
      ? fractionToDecimal(facts.superQuorumNumerator * 100n, superDenominator)
      : undefined;
  const support =
    facts.supportThreshold === undefined
      ? '50'
      : fractionToDecimal(facts.supportThreshold.numerator * 100n, facts.supportThreshold.denominator);
  if (support === undefined)
    return refuse(
      'support-not-decimal',
      `The support threshold ${facts.supportThreshold!.numerator}/${facts.supportThreshold!.denominator} has no exact percentage.`,
      `찬성 기준 ${facts.supportThreshold!.numerator}/${facts.supportThreshold!.denominator}은 정확한 백분율로 쓸 수 없습니다.`,
    );

  const nodes: CharterNode[] = [
    {
      id: 'propose',
      kind: 'proposal',
      label: 'Proposal',
      position: { x: 0, y: 0 },
      params: {
        types: ['proposal'],
        minVotingPower: formatUnits(minimumToPropose, token.decimals),
        deposit: '0',
      },
    },
    {
      id: 'voters',
      kind: 'token-holders',
      label: `${token.symbol} holders`,
      description: `Token ${token.address}, read on chain ${facts.chainId}${token.votes === 'comp-votes' ? ': Compound-style votes (getPriorVotes answers, getPastVotes does not)' : ''}.`,
      position: { x: 0, y: -200 },
      params: {
        token: {
          name: token.name,
          symbol: token.symbol,
          decimals: token.decimals,
          totalSupply: formatUnits(token.totalSupply, token.decimals),
          address: token.address,
        },
        standard: token.votes ?? 'erc20-votes',
        delegation: true,
        topHolders: [],
      },
    },
    {
      id: 'vote',
      kind: 'majority-vote',
      label: 'Token vote',
      description: bravo
        ? `${family} ${facts.address}: For must exceed Against and reach quorumVotes() alone; clock blocknumber.`
        : `Governor ${facts.address}: COUNTING_MODE "${facts.countingMode}", clock ${facts.clockMode}.`,
      position: { x: 280, y: 0 },
      params: {
        quorum,
        quorumCounts: counting.quorumCounts,
        supportThreshold: support,
        votingDelay: votingDelay as number,
        votingPeriod: votingPeriod as number,
        lateQuorumExtension: lateQuorum as number,
        ...(superQuorum === undefined ? {} : { superQuorum }),
        ...(facts.forThreshold === undefined
          ? {}
          : { forThreshold: formatUnits(facts.forThreshold, token.decimals) }),
        ...(facts.forMargin === undefined ? {} : { forMargin: formatUnits(facts.forMargin, token.decimals) }),
        ...quorumShape(facts),
        votingMode: 'standard',
      },
    } as CharterNode,
    {
      id: 'run',
      kind: 'execute',
      label: 'Execute',
      position: { x: 840, y: 0 },
      params: { executor: 'governor' },
    },
    { id: 'defeated', kind: 'reject', label: 'Defeated', position: { x: 560, y: 180 }, params: {} },
  ];
  const edges: CharterEdge[] = [
    // A threshold of 0 lets anyone propose: drawn as a proposal with no proposers, as a design says it.
    ...(minimumToPropose === 0n ? [] : [edge('e1', ['voters', 'voters'], ['propose', 'proposers'])]),
    edge('e2', ['voters', 'voters'], ['vote', 'voters']),
    edge('e3', ['propose', 'out'], ['vote', 'in']),
    edge('e5', ['vote', 'failed'], ['defeated', 'in']),
  ];
  if (facts.timelock) {
    const [timelock, contract] =
      facts.timelock.kind === 'timelock-controller'
        ? [
            timelockParams(facts.timelock, facts.address, notes, facts.governorGracePeriod ?? 0n),
            'TimelockController',
          ]
        : [
            compoundTimelockParams(facts.timelock, facts.address, notes, facts.governorCancellers ?? []),
            'Compound Timelock',
          ];
    nodes.splice(3, 0, {
      id: 'delay',
      kind: 'timelock',
      label: 'Timelock',
      description: `${contract} ${facts.timelock.address}.`,
      position: { x: 560, y: 0 },
      params: timelock,
    });
    edges.push(edge('e4', ['vote', 'passed'], ['delay', 'in']), edge('e6', ['delay', 'out'], ['run', 'in']));
  } else edges.push(edge('e4', ['vote', 'passed'], ['run', 'in']));

  const document: CharterDocument = {
    charter: '1',
    name: facts.name,
    description: [
      `Imported from the ${family} ${facts.address} on chain ${facts.chainId}.`,
      ...notes.map((note) => note.en),
    ].join(' '),
    chain: { chainId: facts.chainId, blockTime: facts.blockTime.seconds, clockMode: facts.clockMode },
    nodes,
    edges,
  };
  return { ok: true, document, notes };
}

/**
 * The timelock node's settings from the TimelockController's roles and the Governor's grace period; what it cannot
 * hold becomes notes. With a grace period the Governor is the timelock's only executor so that it can refuse an
 * expired proposal, and anyone may ask it to execute: drawn as anyone.
 */
function timelockParams(
  timelock: TimelockFacts,
  governor: Address,
  notes: ImportNote[],
  gracePeriod: bigint,
): TimelockParams {
  const others = (holders: Address[]) => holders.filter((holder) => !same(holder, governor));
  const governorOnly =
    timelock.executors.length > 0 && timelock.executors.every((executor) => same(executor, governor));
  const anyone =
    timelock.executors.some((executor) => same(executor, zeroAddress)) || (gracePeriod > 0n && governorOnly);
  const extraExecutors = others(timelock.executors).filter((executor) => !same(executor, zeroAddress));
  if (
    !anyone &&
    !timelock.executors.some((executor) => same(executor, governor)) &&
    extraExecutors.length === 0
  )
    notes.push({
      code: 'no-executor',
      en: 'Nobody holds the timelock’s EXECUTOR_ROLE: no queued proposal can ever execute.',
      ko: '타임락의 EXECUTOR_ROLE을 가진 계정이 없어 대기 중인 제안을 실행할 수 없습니다.',
    });
  if (extraExecutors.length > 0 && !anyone)
    notes.push({
      code: 'extra-executors',
      en: `Besides the Governor, ${extraExecutors.join(', ')} may execute queued proposals; the document draws only the Governor's proposers as executors.`,
      ko: `Governor 외에 ${extraExecutors.join(', ')}도 대기 중인 제안을 실행할 수 있지만, 문서에는 Governor의 제안자만 실행자로 그렸습니다.`,
    });
  const extraProposers = others(timelock.proposers);
  if (extraProposers.length > 0)
    notes.push({
      code: 'extra-proposers',
      en: `Besides the Governor, ${extraProposers.join(', ')} may queue operations in the timelock directly, without a vote.`,
      ko: `Governor 외에 ${extraProposers.join(', ')}도 투표 없이 타임락에 작업을 올릴 수 있습니다.`,
    });
  const admins = timelock.admins.filter((admin) => !same(admin, timelock.address));
  if (admins.length > 1)
    notes.push({
      code: 'several-admins',
      en: `The timelock has ${admins.length} admins (${admins.join(', ')}); the document holds one.`,
      ko: `타임락 관리자가 ${admins.length}명(${admins.join(', ')})이지만 문서에는 한 명만 적을 수 있습니다.`,
    });
  // One CharterExpiringCanceller as the only extra canceller is drawn as its accounts with their end; any other mix
  // keeps the addresses that hold the role, and a note names the ends the document cannot draw.
  const cancellers = others(timelock.cancellers);
  const expiring = timelock.expiringCancellers ?? [];
  const [only] = expiring;
  const drawn =
    only !== undefined && cancellers.length === 1 && same(cancellers[0]!, only.address)
      ? { cancellers: only.cancellers, cancellersUntil: utcDateTime(Number(only.expiration)) }
      : { cancellers };
  if (drawn.cancellers === cancellers && expiring.length > 0)
    notes.push({
      code: 'expiring-cancellers',
      en: `${expiring.map((each) => `${each.address} cancels for ${each.cancellers.join(', ')} until ${utcDateTime(Number(each.expiration))}`).join('; ')}: the document draws the timelock's cancellers with one end, so these are drawn as the addresses holding the role, with no end.`,
      ko: `${expiring.map((each) => `${koreanParticle(each.address, '은', '는')} ${utcDateTime(Number(each.expiration))}까지 ${koreanParticle(each.cancellers.join(', '), '을', '를')} 대신해 취소합니다`).join('; ')}. 문서는 타임락의 취소권자에 만료 시각을 하나만 둘 수 있어, 역할을 가진 주소를 만료 없이 그렸습니다.`,
    });
  return {
    delay: Number(timelock.minDelay),
    gracePeriod: Number(gracePeriod),
    executors: anyone ? 'anyone' : 'proposers',
    ...drawn,
    ...(admins.length > 0 ? { admin: admins[0] } : {}),
  };
}

/**
 * A Compound Timelock as a timelock node: its delay, its grace period (a queued proposal not executed within it goes
 * stale), and anyone as executor, since Bravo's execute() has no access check. Its one admin queues and cancels; when
 * that is not the Governor, the admin decides what runs, and a note says so. The cancellers are those the Governor
 * lets cancel a queued proposal (CharterCompoundGovernor's), which the timelock itself has no role for.
 */
function compoundTimelockParams(
  timelock: CompoundTimelockFacts,
  governor: Address,
  notes: ImportNote[],
  cancellers: Address[],
): TimelockParams {
  const governs = same(timelock.admin, governor);
  if (!governs)
    notes.push({
      code: 'timelock-admin-not-governor',
      en: `The timelock's admin is ${timelock.admin}, not the Governor: that account, not a vote, decides what the timelock queues and runs.`,
      ko: `타임락의 관리자는 Governor가 아니라 ${timelock.admin}입니다. 투표가 아니라 이 계정이 타임락에 무엇을 올리고 실행할지 정합니다.`,
    });
  return {
    delay: Number(timelock.delay),
    gracePeriod: Number(timelock.gracePeriod),
    executors: 'anyone',
    cancellers,
    ...(governs ? {} : { admin: timelock.admin }),
  };
}

/** What Governor Bravo or GovernorAlpha does that the document draws differently or cannot hold. */
function bravoNotes(facts: GovernorFacts, minimumToPropose: bigint): ImportNote[] {
  const { decimals, symbol } = facts.token;
  const threshold = formatUnits(facts.proposalThreshold, decimals);
  const minimum = formatUnits(minimumToPropose, decimals);
  const name = facts.family === 'alpha' ? 'GovernorAlpha' : 'Governor Bravo';
  const notes: ImportNote[] = [
    {
      code: 'bravo-threshold-strict',
      en: `${name} lets only an account with more than ${threshold} ${symbol} propose, so the minimum to propose is drawn as ${minimum} ${symbol} (one base unit more).`,
      ko: `${name}는 ${threshold} ${symbol}보다 많이 가진 계정만 제안할 수 있게 하므로, 제안 최소량을 한 기본 단위 더 많은 ${minimum} ${symbol}로 그렸습니다.`,
    },
  ];
  if (facts.family === 'alpha')
    notes.push(
      {
        code: 'alpha-no-abstain',
        en: 'GovernorAlpha takes For or Against only: the drawn vote also offers Abstain, which nobody can cast on this Governor.',
        ko: 'GovernorAlpha는 찬성과 반대만 받습니다. 그린 투표에는 기권도 있지만 이 Governor에서는 아무도 기권할 수 없습니다.',
      },
      {
        code: 'alpha-cancel',
        en: "GovernorAlpha lets anyone cancel a proposal, until it executes, once the proposer's votes fall below the proposal threshold; the document has no field for this cancellation.",
        ko: 'GovernorAlpha에서는 제안자의 투표권이 제안 기준 아래로 떨어지면 실행 전까지 누구나 그 제안을 취소할 수 있습니다. 문서에는 이 취소 규칙을 적을 항목이 없습니다.',
      },
    );
  else
    notes.push({
      code: 'bravo-cancel',
      en: "Governor Bravo lets a proposer cancel their own proposal until it executes, and anyone cancel it once the proposer's votes fall below the proposal threshold; the document has no field for these cancellations.",
      ko: 'Governor Bravo에서는 제안자가 실행 전까지 자기 제안을 취소할 수 있고, 제안자의 투표권이 제안 기준 아래로 떨어지면 누구나 취소할 수 있습니다. 문서에는 이 취소 규칙을 적을 항목이 없습니다.',
    });
  if (facts.guardian)
    notes.push({
      code: 'guardian-cancels',
      en: `The guardian ${facts.guardian} may cancel any proposal until it executes, during the vote as well; the drawn timelock does not list it as a canceller.`,
      ko: `가디언(${facts.guardian})은 투표 중을 포함해 실행 전까지 어떤 제안이든 취소할 수 있지만, 그린 타임락의 취소 권한자에는 들어 있지 않습니다.`,
    });
  return notes;
}

function refuse(code: string, en: string, ko: string): ImportResult {
  return { ok: false, reason: { code, en, ko } };
}

/**
 * A majority vote's quorum base and bounds from CharterCounting's `quorumRules()`, each only when it changes the
 * quorum: the delegated supply as the base, excluded addresses, a minimum above 0, a maximum below 2^256 − 1 (whole
 * tokens). A fixed quorum has the bounds folded in already (see governorQuorum), so it has none.
 */
function quorumShape(facts: GovernorFacts): Record<string, unknown> {
  const rules = facts.quorumRules;
  if (rules === undefined || facts.quorum.kind === 'fixed') return {};
  const { decimals } = facts.token;
  return {
    ...(rules.delegated ? { quorumOf: 'delegated' } : {}),
    ...(rules.excluded.length > 0 ? { quorumExcluded: rules.excluded } : {}),
    ...(rules.minimum > 0n ? { quorumMinimum: formatUnits(rules.minimum, decimals) } : {}),
    ...(rules.maximum < maxUint256 ? { quorumMaximum: formatUnits(rules.maximum, decimals) } : {}),
  };
}
