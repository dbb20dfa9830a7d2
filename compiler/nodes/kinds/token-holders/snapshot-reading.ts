import { getAddress } from 'viem';
import type { ParamsOf } from '../../node-kind.ts';
import type { SnapshotReading } from '../../target-support.ts';

/** erc20-votes' schema takes decimals from 0 to 18 (snapshot-labs/score-api, strategies/erc20-votes/schema.json). */
const mostErc20VotesDecimals = 18;

/** The Snapshot strategy that reads each source of voting power. */
const strategyNames = {
  'erc20-votes': 'erc20-votes',
  'comp-votes': 'comp-like-votes',
  'erc20-balance': 'erc20-balance-of',
} as const;

/**
 * ERC-20 holders on Snapshot: `erc20-votes` {address, symbol, decimals} reads getVotes (delegated votes) at the
 * proposal's snapshot block; `comp-like-votes` {address, symbol, decimals} reads getCurrentVotes at that block, the
 * delegated votes of a Compound-style token (COMP, UNI), which has no getVotes (snapshot-labs/snapshot-strategies
 * src/strategies/comp-like-votes/index.ts: `getCurrentVotes(address)` with the snapshot as blockTag, then
 * `formatUnits(value, options.decimals)`); `erc20-balance-of` {address, symbol, decimals} reads balanceOf, where
 * nobody can delegate. All report balances with the token's decimals applied, so Snapshot counts whole tokens.
 */
export function tokenHoldersOnSnapshot(p: ParamsOf<'token-holders'>, network: string): SnapshotReading {
  const { token, standard, delegation } = p;
  if (token.address === undefined)
    return {
      ok: false,
      problems: [
        {
          message: {
            en: `Snapshot reads voting power from the ${token.symbol} contract, so it needs the token's address.`,
            ko: `Snapshot은 ${token.symbol} 컨트랙트에서 투표권을 읽으므로 토큰의 주소가 필요합니다.`,
          },
          field: 'params.token.address',
        },
      ],
    };
  if (standard === 'erc20-balance' && delegation)
    return {
      ok: false,
      problems: [
        {
          message: {
            en:
              'Snapshot reads the plain balance (erc20-balance-of), with which nobody can delegate. Read voting power ' +
              'from erc20-votes, or turn delegation off.',
            ko: 'Snapshot은 단순 잔고(erc20-balance-of)를 읽으며, 그 방식으로는 아무도 위임할 수 없습니다. 투표권을 erc20-votes에서 읽거나 위임을 끄세요.',
          },
          field: 'params.delegation',
        },
      ],
    };
  if (standard === 'erc20-votes' && token.decimals > mostErc20VotesDecimals)
    return {
      ok: false,
      problems: [
        {
          message: {
            en: `Snapshot's erc20-votes strategy takes tokens of at most 18 decimals, and ${token.symbol} has ${token.decimals}.`,
            ko: `Snapshot의 erc20-votes 전략은 소수 자릿수가 18자리 이하인 토큰만 받는데, ${token.symbol}의 소수 자릿수는 ${token.decimals}자리입니다.`,
          },
          field: 'params.token.decimals',
          code: 'target-out-of-range',
        },
      ],
    };
  const params = { address: getAddress(token.address), symbol: token.symbol, decimals: token.decimals };
  return {
    ok: true,
    strategies: [{ name: strategyNames[standard], network, params }],
    symbol: token.symbol,
    voteValidation: { name: 'any', params: {} },
    supply: token.totalSupply,
    perPerson: false,
  };
}
