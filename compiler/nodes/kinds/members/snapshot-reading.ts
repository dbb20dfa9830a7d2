import { getAddress } from 'viem';
import type { ParamsOf } from '../../node-kind.ts';
import type { SnapshotReading } from '../../target-support.ts';

/** A list of addresses on Snapshot: `whitelist` {addresses, symbol}, 1 for each listed address. */
export function listOnSnapshot(list: readonly string[], network: string): SnapshotReading {
  const addresses = list.map((address) => getAddress(address));
  return {
    ok: true,
    strategies: [{ name: 'whitelist', network, params: { addresses, symbol: 'VOTE' } }],
    symbol: 'VOTE',
    voteValidation: { name: 'any', params: {} },
    supply: String(addresses.length),
    perPerson: true,
  };
}

/**
 * The highest minimum score Snapshot's `passport-gated` validation takes (snapshot-labs/snapshot-strategies
 * src/validations/passport-gated/schema.json: `scoreThreshold` has `maximum: 100`).
 */
const passportMostScore = 100;

/**
 * Members on Snapshot: a list is a `whitelist`; proof of personhood is `ticket` {symbol}, 1 for every address, with
 * the `passport-gated` vote validation {scoreThreshold, operator: 'NONE', stamps: []} checking a Gitcoin Passport
 * score, as the sequencer requires a vote validation beside `ticket` (snapshot-sequencer,
 * src/helpers/spaceValidation.ts). Snapshot validates no other personhood provider. A minimum score above 100 is
 * refused, not capped: the score is the provider's, not Snapshot's, and a lower bar than the founder set would let
 * in people the rules keep out.
 */
export function membersOnSnapshot(p: ParamsOf<'members'>, network: string): SnapshotReading {
  if (p.source === 'list') return listOnSnapshot(p.members, network);
  const personhood = p.personhood;
  if (personhood?.provider !== 'gitcoin-passport')
    return {
      ok: false,
      problems: [
        {
          message: {
            en:
              'Snapshot checks proof of personhood only with Gitcoin Passport (its passport-gated validation), not ' +
              `${personhood?.provider ?? 'an unnamed provider'}.`,
            ko: `Snapshot은 사람 증명을 Gitcoin Passport(passport-gated 검증)로만 확인하며, ${personhood?.provider ?? '이름 없는 제공자'}는 쓸 수 없습니다.`,
          },
          field: 'params.personhood.provider',
        },
      ],
    };
  if (personhood.minScore === undefined || personhood.minScore <= 0)
    return {
      ok: false,
      problems: [
        {
          message: {
            en:
              "Snapshot's Gitcoin Passport validation needs a minimum score above 0; without one it lets every " +
              "address vote. Set the minimum score (20 is Passport's usual bar).",
            ko: 'Snapshot의 Gitcoin Passport 검증에는 0보다 큰 최소 점수가 필요합니다. 없으면 모든 주소가 투표할 수 있습니다. 최소 점수를 정하세요(Passport에서는 보통 20).',
          },
          field: 'params.personhood.minScore',
        },
      ],
    };
  if (personhood.minScore > passportMostScore)
    return {
      ok: false,
      problems: [
        {
          message: {
            en:
              `Snapshot's Gitcoin Passport validation takes a minimum score of at most ${passportMostScore}; ` +
              `${personhood.minScore} would shut out everyone. Set a minimum score from 1 to ${passportMostScore} ` +
              "(20 is Passport's usual bar).",
            ko: `Snapshot의 Gitcoin Passport 검증은 최소 점수를 ${passportMostScore}까지 받습니다. ${personhood.minScore}점이면 아무도 투표할 수 없습니다. 최소 점수를 1에서 ${passportMostScore} 사이로 정하세요(Passport에서는 보통 20).`,
          },
          field: 'params.personhood.minScore',
          code: 'target-out-of-range',
        },
      ],
    };
  return {
    ok: true,
    strategies: [{ name: 'ticket', network, params: { symbol: 'VOTE' } }],
    symbol: 'VOTE',
    voteValidation: {
      name: 'passport-gated',
      params: { scoreThreshold: personhood.minScore, operator: 'NONE', stamps: [] },
    },
    supply: p.expectedMembers === undefined ? undefined : String(p.expectedMembers),
    perPerson: true,
  };
}
