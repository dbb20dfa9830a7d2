import { formatUnits, zeroAddress } from 'viem';
import { formatAmount, formatDuration } from '../../../compiler/index.ts';
import type { MeaningContext } from './meaning-context.ts';

type Token = { symbol: string; decimals: number };

/** The voting token an entry's amounts are in: the Governor's token, or the electorate of the entry's decision. */
function tokenOf(context: MeaningContext): Token | undefined {
  const { item, config } = context;
  const decision = typeof item.decision === 'string' ? item.decision : undefined;
  const electorateId =
    typeof item.token === 'string' && !item.token.startsWith('0x')
      ? item.token
      : config.bodies.find((body) => body.id === decision)?.electorate;
  return config.electorates.find((electorate) => electorate.id === electorateId)?.token;
}

/** Base units as whole tokens with the symbol: "1000000000000000000000000" → "1,000,000 UNI". */
function wholeTokens(raw: string, token: Token | undefined): string | undefined {
  if (!token || !/^\d+$/.test(raw)) return undefined;
  return formatAmount(formatUnits(BigInt(raw), token.decimals), token.symbol);
}

/** `numerator / denominator` as an exact percentage when the denominator is a power of ten: 45/1000 → "4.5%". */
function percentOf(numerator: string, denominator: string): string {
  const digits = /^10*$/.exec(denominator) ? denominator.length - 1 : -1;
  if (digits < 2 || !/^\d+$/.test(numerator)) return `${(Number(numerator) / Number(denominator)) * 100}%`;
  return `${formatUnits(BigInt(numerator) * 100n, digits)}%`;
}

/** A duration in the Governor's clock: blocks with their time at the chain's block time, or seconds. */
function clockUnits(raw: string, context: MeaningContext): string {
  const { t, language, config, item } = context;
  const governor = item.governor as { clockMode?: string } | undefined;
  const count = Number(raw);
  if ((governor?.clockMode ?? config.chain.clockMode) === 'timestamp')
    return t('output.meaning.seconds', { duration: formatDuration(count, language) });
  const blockTime = config.chain.blockTime;
  return t('output.meaning.blocks', {
    count,
    duration: formatDuration(count * blockTime, language),
    blockTime,
  });
}

function account(raw: string, context: MeaningContext, zero: string): string | undefined {
  const { t } = context;
  if (raw === 'governor') return t('output.meaning.governorAccount');
  if (raw.toLowerCase() === zeroAddress) return t(zero);
  return undefined;
}

/**
 * What a raw value of a target's parameters means, in words, or undefined when the raw value says it already.
 * `path` is the value's place inside its entry, such as `['governor', 'votingPeriod']` or `['owners', '0']`.
 *
 * @example votingPeriod 40320 at 12 s blocks → "40320 blocks ≈ 5 days 14 hours 24 minutes at 12 s"
 */
export function valueMeaning(
  path: readonly string[],
  value: unknown,
  context: MeaningContext,
): string | undefined {
  const { t, language, item, labels, target } = context;
  const key = path.at(-1) ?? '';
  const parent = path.at(-2);
  const list = /^\d+$/.test(key) ? parent : undefined;
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  const governor = (item.governor ?? {}) as Record<string, string>;
  const counts = () =>
    t(
      `output.meaning.quorumCounts.${governor.quorumCounts === 'for' ? 'for' : governor.quorumCounts === 'all' ? 'all' : 'forAbstain'}`,
    );
  const parts = (n: unknown, what: string) =>
    t(what, { parts: formatAmount(String(n)), percent: percentOf(String(n), '1000000') });

  if (path.length === 1 && ['vote', 'decision', 'proposal', 'timelock', 'veto', 'execute'].includes(key))
    return labels.has(raw) ? t('output.meaning.node', { label: labels.get(raw) }) : undefined;
  if (target === 'openzeppelin') {
    if (path.length === 1 && key === 'token')
      return t('output.meaning.tokenNode', {
        label: labels.get(raw) ?? raw,
        symbol: tokenOf(context)?.symbol,
      });
    if (parent === 'vetoSafe')
      switch (key) {
        case 'threshold':
          return t('output.meaning.vetoSafeThreshold', {
            count: Number(raw),
            owners: ((item.vetoSafe as { owners?: unknown[] }).owners ?? []).length,
          });
        case 'address':
          return t('output.meaning.vetoSafeAddress');
        case 'factory':
          return t('output.meaning.safeFactory');
        case 'singleton':
          return t('output.meaning.safeSingleton');
        case 'saltNonce':
          return t('output.meaning.saltNonce');
        case 'fallbackHandler':
          return t('output.meaning.fallbackHandler');
      }
    switch (key) {
      case 'votingDelay':
      case 'votingPeriod':
        return clockUnits(raw, context);
      case 'lateQuorumVoteExtension':
        return raw === '0' ? t('output.meaning.noExtension') : clockUnits(raw, context);
      case 'proposalThreshold':
        return raw === '0' ? t('output.meaning.anyoneProposes') : wholeTokens(raw, tokenOf(context));
      case 'quorumNumerator':
        if (governor.fixedQuorum !== undefined) return t('output.meaning.noQuorumFraction');
        return t(
          governor.quorumOf === 'delegated'
            ? 'output.meaning.quorumFractionDelegated'
            : 'output.meaning.quorumFraction',
          {
            numerator: raw,
            denominator: governor.quorumDenominator,
            percent: percentOf(raw, governor.quorumDenominator ?? '100'),
            counts: counts(),
          },
        );
      case 'quorumCounts':
        return t('output.meaning.quorumCountsRule', { counts: counts() });
      case 'quorumOf':
        return t('output.meaning.quorumOfDelegated');
      case 'quorumMinimum':
        return t('output.meaning.quorumMinimum', { amount: wholeTokens(raw, tokenOf(context)) ?? raw });
      case 'quorumMaximum':
        return t('output.meaning.quorumMaximum', { amount: wholeTokens(raw, tokenOf(context)) ?? raw });
      case 'fixedQuorum':
        return t('output.meaning.fixedQuorum', {
          amount: wholeTokens(raw, tokenOf(context)) ?? raw,
          counts: counts(),
        });
      case 'supportNumerator':
        return t('output.meaning.supportFraction', {
          numerator: raw,
          denominator: governor.supportDenominator,
          percent: percentOf(raw, governor.supportDenominator ?? '100'),
        });
      case 'supportDenominator':
        return t('output.meaning.supportDenominator');
      case 'gracePeriod':
        return t('output.meaning.gracePeriod', { duration: formatDuration(Number(raw), language) });
      case 'forThreshold':
      case 'forMargin':
        return t(`output.meaning.${key}`, { amount: wholeTokens(raw, tokenOf(context)) ?? raw });
      case 'superQuorumNumerator':
        return t('output.meaning.superQuorumFraction', {
          numerator: raw,
          denominator: governor.quorumDenominator,
          percent: percentOf(raw, governor.quorumDenominator ?? '100'),
        });
      case 'quorumDenominator':
        return t('output.meaning.quorumDenominator');
      case 'clockMode':
        return t(raw === 'timestamp' ? 'output.meaning.clockTimestamp' : 'output.meaning.clockBlocks');
      case 'name':
        return t('output.meaning.eip712Name', { bytes: new TextEncoder().encode(raw).length });
      case 'minDelay':
        return t('output.meaning.timelockDelay', { duration: formatDuration(Number(raw), language) });
      case 'delay':
        // Compound's Timelock's delay(), in seconds like TimelockController's minDelay.
        return parent === 'compoundTimelock'
          ? t('output.meaning.timelockDelay', { duration: formatDuration(Number(raw), language) })
          : undefined;
      case 'admin':
        return account(raw, context, 'output.meaning.noAdmin');
    }
    if (list === 'quorumExcluded') return t('output.meaning.quorumExcluded');
    if (list === 'proposers') return account(raw, context, 'output.meaning.nobody');
    // With a grace period the Governor is the only executor: it is what refuses an expired proposal.
    if (list === 'executors' && raw === 'governor') {
      const controller = item.timelockController as { gracePeriod?: string } | undefined;
      if (controller?.gracePeriod !== undefined) return t('output.meaning.governorExecutes');
    }
    if (list === 'executors') return account(raw, context, 'output.meaning.anyoneExecutes');
    return undefined;
  }
  if (target === 'aragon') {
    const multisig = item.plugin === 'multisig';
    switch (key) {
      case 'plugin':
        return t(multisig ? 'output.meaning.aragonMultisig' : 'output.meaning.aragonTokenVoting');
      case 'votingMode':
        return t(`output.meaning.votingMode${value}`);
      case 'supportThreshold':
        return parts(value, 'output.meaning.supportThreshold');
      case 'minParticipation':
        return parts(value, 'output.meaning.minParticipation');
      case 'minApprovals':
        return multisig
          ? t('output.meaning.multisigApprovals', {
              count: Number(value),
              members: (item.members as unknown[] | undefined)?.length ?? 0,
            })
          : parts(value, 'output.meaning.minApprovals');
      case 'minDuration':
        return formatDuration(Number(raw), language);
      case 'minProposerVotingPower':
        return raw === '0' ? t('output.meaning.anyoneProposes') : wholeTokens(raw, tokenOf(context));
      case 'onlyListed':
        return t(value ? 'output.meaning.onlyListed' : 'output.meaning.anyoneListed');
      case 'token':
        return t('output.meaning.votingToken', { symbol: tokenOf(context)?.symbol ?? '' });
    }
    return undefined;
  }
  if (target === 'safe') {
    if (key === 'threshold')
      return t('output.meaning.safeThreshold', {
        count: Number(raw),
        owners: (item.owners as unknown[] | undefined)?.length ?? 0,
      });
    if (key === 'fallbackHandler') return t('output.meaning.fallbackHandler');
    return undefined;
  }
  if (target === 'snapshot') {
    if (parent === 'voting' && (key === 'delay' || key === 'period'))
      return formatDuration(Number(raw), language);
    if (parent === 'voting' && key === 'quorum')
      return t('output.meaning.snapshotQuorum', { amount: formatAmount(raw) });
    if (key === 'network') return t('output.meaning.chainId', { chainId: raw });
    return undefined;
  }
  if (target === 'gardens') {
    const scaled = (n: unknown) => formatUnits(BigInt(String(n)), 7);
    switch (key) {
      case 'decay':
        return t('output.meaning.decay', { share: scaled(value) });
      case 'maxRatio':
        return t('output.meaning.maxRatio', { percent: `${formatUnits(BigInt(raw) * 100n, 7)}%` });
      case 'weight':
        return t('output.meaning.weight', { value: scaled(value) });
      case 'minThresholdPoints':
        return wholeTokens(raw, tokenOf(context));
      case 'effectiveConvictionGrowth':
        return t('output.meaning.halfLife', { duration: formatDuration(Number(raw), language) });
      case 'proposalType':
        return t(value === 1 ? 'output.meaning.funding' : 'output.meaning.signaling');
      case 'pointSystem':
        return t('output.meaning.unlimitedPoints');
    }
  }
  return undefined;
}
