import { koreanParticle } from '../format/korean-particle.ts';
import type { CharterNode } from '../generated/charter-document.ts';
import type { ImportNote } from './import-note.ts';
import { isJsonObject, type JsonObject, own } from './json-object.ts';
import { malformedSpace } from './malformed-space.ts';
import { plainDecimal } from './plain-decimal.ts';

/** A decision read back from a space's `voting`, with the port its passing proposals leave by. */
export type DecisionReading =
  | { ok: true; node: CharterNode; passed: string; failed: string; notes: ImportNote[] }
  | { ok: false; reason: ImportNote };

/** snapshot.js src/schemas/space.json: `voting.delay` at most 30 days, `voting.period` at most 366 days. */
const most = { delay: 2_592_000, period: 31_622_400 } as const;

const refuse = (code: string, en: string, ko: string): DecisionReading => ({
  ok: false,
  reason: { code, en, ko },
});

/**
 * The decision node a space's `voting` settings describe: the exact inverse of the Snapshot target's voting
 * (compiler/targets/snapshot/snapshot-voting.ts and the kinds' `snapshot` declarations): `basic` → a majority vote
 * (quorum of every vote, For beating Against, votes changeable), `basic` with `quorumType: 'rejection'` → an optimistic
 * approval, `approval`, `ranked-choice` and `quadratic` → their kinds with no voting delay; `single-choice` is drawn as
 * the majority vote it runs for For/Against choices, with a note. A space that leaves the type, the period or the delay
 * to each proposal, a `weighted` space (the budget it splits is not in the space) and a delay a kind cannot hold refuse
 * the import, each with its reason.
 */
export function snapshotDecisionNode(space: JsonObject, perPerson: boolean): DecisionReading {
  const voting = own(space, 'voting');
  if (!isJsonObject(voting))
    return malformedSpace('voting', 'expected the voting settings.', '투표 설정이 없습니다.');
  const notes: ImportNote[] = [];
  const type = own(voting, 'type');
  if (type === undefined || type === null || type === '')
    return refuse(
      'snapshot-type-per-proposal',
      'The space lets each proposal choose its voting type; Charter draws one rule, so it needs the space to fix the type.',
      '이 스페이스는 제안마다 투표 방식을 고르게 합니다. Charter는 규칙 하나를 그리므로 스페이스가 방식을 정해야 합니다.',
    );
  const period = own(voting, 'period');
  if (period === undefined || period === null || period === 0)
    return refuse(
      'snapshot-period-per-proposal',
      'The space lets each proposal choose how long voting lasts; Charter needs the space to fix the voting period.',
      '이 스페이스는 제안마다 투표 기간을 고르게 합니다. Charter는 스페이스가 투표 기간을 정해야 합니다.',
    );
  if (!Number.isInteger(period) || (period as number) < 0 || (period as number) > most.period)
    return malformedSpace(
      'voting.period',
      'expected whole seconds from 1 to 31622400 (366 days).',
      '1~31622400초(366일)의 정수가 필요합니다.',
    );
  let delay = own(voting, 'delay');
  if (delay === undefined || delay === null) {
    delay = 0;
    notes.push({
      code: 'snapshot-delay-per-proposal',
      en: 'The space fixes no voting delay, so each proposal may start its vote later than its creation: drawn as no delay.',
      ko: '이 스페이스는 투표 지연을 정하지 않아 제안마다 투표 시작을 늦출 수 있습니다. 지연 없음으로 그렸습니다.',
    });
  }
  if (!Number.isInteger(delay) || (delay as number) < 0 || (delay as number) > most.delay)
    return malformedSpace(
      'voting.delay',
      'expected whole seconds from 0 to 2592000 (30 days).',
      '0~2592000초(30일)의 정수가 필요합니다.',
    );
  const rawQuorum = own(voting, 'quorum') ?? 0;
  const quorum = plainDecimal(rawQuorum);
  if (quorum === undefined)
    return malformedSpace(
      'voting.quorum',
      'expected a non-negative number of votes.',
      '0 이상의 표 수가 필요합니다.',
    );
  const quorumType = own(voting, 'quorumType');
  if (
    quorumType !== undefined &&
    quorumType !== null &&
    quorumType !== '' &&
    quorumType !== 'default' &&
    quorumType !== 'rejection'
  )
    return malformedSpace(
      'voting.quorumType',
      'expected "default" or "rejection".',
      '"default" 또는 "rejection"이어야 합니다.',
    );
  const rejection = quorumType === 'rejection';
  const hasQuorum = quorum !== '0';
  const noDelay = (what: { en: string; ko: string }): DecisionReading | undefined =>
    delay === 0
      ? undefined
      : refuse(
          'snapshot-delay-not-drawable',
          `The space delays voting by ${String(delay)} seconds, but Charter's ${what.en} starts voting at once.`,
          `이 스페이스는 투표를 ${String(delay)}초 늦추지만, Charter의 ${koreanParticle(what.ko, '은', '는')} 곧바로 투표를 시작합니다.`,
        );
  const quorumIgnored = (typeName: string) => {
    if (hasQuorum)
      notes.push({
        code: 'snapshot-quorum-not-enforced',
        en: `The space shows a quorum of ${quorum} on its ${typeName} votes, but Snapshot decides nothing by it (only a basic vote's quorum counts): drawn without a quorum.`,
        ko: `이 스페이스는 ${typeName} 투표에 정족수 ${koreanParticle(quorum, '을', '를')} 표시하지만 Snapshot은 그것으로 아무것도 정하지 않습니다(기본 투표의 정족수만 셈). 정족수 없이 그렸습니다.`,
      });
  };
  const base = { position: { x: 280, y: 0 } };
  if (rejection && type !== 'basic')
    return refuse(
      'snapshot-rejection-type',
      `The space rejects by a quorum of Against votes on ${String(type).slice(0, 40)} votes, which only a basic vote has.`,
      `이 스페이스는 ${String(type).slice(0, 40)} 투표에서 반대표 정족수로 거부하는데, 이는 기본 투표에만 있습니다.`,
    );
  switch (type) {
    case 'basic':
    case 'single-choice': {
      if (rejection) {
        const refused = noDelay({ en: 'optimistic approval', ko: '낙관적 승인' });
        if (refused) return refused;
        return {
          ok: true,
          passed: 'passed',
          failed: 'failed',
          notes,
          node: {
            id: 'vote',
            kind: 'optimistic',
            label: 'Optimistic approval',
            ...base,
            params: { challengePeriod: period as number, objectionThreshold: { absolute: quorum } },
          },
        };
      }
      if (type === 'single-choice')
        notes.push({
          code: 'snapshot-single-choice',
          en: 'The space runs single-choice votes, whose choices each proposal writes; drawn as a majority vote of For, Against and Abstain (which Charter writes as a basic vote).',
          ko: '이 스페이스는 제안마다 선택지를 쓰는 단일 선택 투표를 진행합니다. 찬성, 반대, 기권의 다수결 투표로 그렸습니다(Charter는 기본 투표로 씁니다).',
        });
      return {
        ok: true,
        passed: 'passed',
        failed: 'failed',
        notes,
        node: {
          id: 'vote',
          kind: 'majority-vote',
          label: 'Vote',
          ...base,
          params: {
            quorum: { absolute: quorum },
            quorumCounts: 'all',
            supportThreshold: '50',
            votingDelay: delay as number,
            votingPeriod: period as number,
            lateQuorumExtension: 0,
            votingMode: 'vote-replacement',
          },
        },
      };
    }
    case 'approval':
    case 'ranked-choice': {
      const words =
        type === 'approval'
          ? { en: 'approval vote', ko: '승인 투표' }
          : { en: 'ranked-choice vote', ko: '순위 선택 투표' };
      const refused = noDelay(words);
      if (refused) return refused;
      quorumIgnored(String(type).slice(0, 40));
      if (type === 'approval')
        notes.push({
          code: 'snapshot-approval-winners',
          en: 'Snapshot ranks the options of an approval vote without saying how many win: drawn with one winner, the most approved.',
          ko: 'Snapshot은 승인 투표의 선택지에 순위만 매기고 몇 개가 이기는지는 정하지 않습니다. 가장 많이 승인된 하나가 이기는 것으로 그렸습니다.',
        });
      return {
        ok: true,
        passed: 'decided',
        failed: 'failed',
        notes,
        node: {
          id: 'vote',
          kind: type,
          label: type === 'approval' ? 'Approval vote' : 'Ranked-choice vote',
          ...base,
          params: { votingPeriod: period as number, winners: 1 },
        },
      } as DecisionReading;
    }
    case 'quadratic': {
      const refused = noDelay({ en: 'quadratic vote', ko: '제곱 투표' });
      if (refused) return refused;
      if (!perPerson)
        return refuse(
          'snapshot-quadratic-weighted',
          "The space's quadratic votes give each voter as many credits as their voting power; Charter draws quadratic voting with the same credits for everyone, which only one vote per person gives.",
          '이 스페이스의 제곱 투표는 투표자마다 투표권만큼 크레딧을 줍니다. Charter는 모두에게 같은 크레딧을 주는 제곱 투표를 그리며, 이는 한 사람 한 표일 때만 성립합니다.',
        );
      quorumIgnored(String(type).slice(0, 40));
      return {
        ok: true,
        passed: 'decided',
        failed: 'failed',
        notes,
        node: {
          id: 'vote',
          kind: 'quadratic-voting',
          label: 'Quadratic vote',
          ...base,
          params: { creditsPerVoter: 1, votingPeriod: period as number },
        },
      };
    }
    case 'weighted':
      return refuse(
        'snapshot-weighted-budget',
        "The space runs weighted votes, which Charter draws as a budget split; the budget and its asset are not in the space's settings.",
        '이 스페이스는 가중 투표를 진행하며 Charter는 이를 예산 분배로 그립니다. 그런데 예산과 자산이 스페이스 설정에 없습니다.',
      );
    default:
      return refuse(
        'snapshot-type-unknown',
        `The space's voting type "${String(type).slice(0, 40)}" is not one Charter knows (basic, single-choice, approval, ranked-choice, quadratic, weighted).`,
        `이 스페이스의 투표 방식 "${String(type).slice(0, 40)}"은 Charter가 아는 방식(basic, single-choice, approval, ranked-choice, quadratic, weighted)이 아닙니다.`,
      );
  }
}
