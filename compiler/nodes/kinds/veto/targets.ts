import { cannot } from '../../declare/cannot.ts';
import { onFailure } from '../../declare/on-failure.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const veto: Localized = { en: 'a veto by a second body', ko: '다른 기구의 거부권' };
const cancellers: Localized = {
  en: "the veto's window becomes the TimelockController's delay, and the vetoing body (a Members list or Signers) its cancellers, who can stop a queued proposal until it is executed (which anyone may do once the delay has passed); when more than one veto blocks, the canceller is a Safe of the body whose threshold is the vetoes needed.",
  ko: '거부 기간이 TimelockController의 지연이 되고, 거부 기구(구성원 목록이나 서명자)가 대기 중인 제안이 실행되기 전까지 막을 수 있는 취소자가 됩니다(지연이 지나면 누구나 실행할 수 있습니다). 거부가 둘 이상 필요하면 그 기구로 이루어지고 필요한 거부 수를 임계값으로 하는 Safe가 취소자가 됩니다.',
};

/**
 * On OpenZeppelin, a veto after the Governor's vote is its TimelockController: the window is the delay, during which
 * the vetoing body's addresses, as cancellers, can cancel the queued proposal (the target checks that the body is a
 * list; when k > 1 vetoes block, the canceller is a Safe of the list with threshold k). Elsewhere a veto after another decision needs a second body to block what the
 * first passed, which no unit Charter emits enforces; a veto that is the only decision on its path is a Snapshot vote whose quorum of Against votes rejects.
 * (Snapshot's unit refuses a second decision on the path, naming the veto.)
 */
export const vetoTargets: TargetDeclarations<'veto'> = {
  openzeppelin: (node) =>
    node.params.window === 0
      ? cannot(
          'openzeppelin',
          { en: `${veto.en} with no time limit`, ko: `기한 없는 ${veto.ko}` },
          {
            en: "Give the veto a window, which becomes the TimelockController's delay: once it has passed anyone may execute a queued proposal, so its cancellers cannot hold one back for ever.",
            ko: '거부권에 기간을 정하세요. 그 기간이 TimelockController의 지연이 됩니다: 지연이 지나면 누구나 대기 중인 제안을 실행할 수 있으므로, 취소자가 제안을 끝없이 붙잡아 둘 수는 없습니다.',
          },
        )
      : { part: 'veto', node, window: node.params.window },
  aragon: () =>
    cannot('aragon', veto, {
      en: `To deploy on Aragon, remove the veto: its plugins execute once a proposal passes. To keep a veto, decide by a token vote whose Execute's executor is the governor (OpenZeppelin): ${cancellers.en}`,
      ko: `Aragon에 배포하려면 거부권을 없애세요: 플러그인은 가결되면 바로 실행합니다. 거부권을 유지하려면 실행 주체가 거버너(OpenZeppelin)인 토큰 투표로 결정하세요: ${cancellers.ko}`,
    }),
  safe: () =>
    cannot(
      'safe',
      { en: `${veto.en}: it executes once its owners sign`, ko: `${veto.ko}(소유자가 서명하면 실행함)` },
      {
        en: "Remove the veto to deploy this Safe, and give the vetoing body the power to cancel by hand (as the owner of a Zodiac Delay modifier on the Safe, which can skip queued transactions); or decide by a token vote executed by the governor, whose timelock's Cancellers can be that body.",
        ko: '이 Safe를 배포하려면 거부권을 없애고, 거부 기구가 직접 취소할 수 있게 하세요(Safe에 붙인 Zodiac Delay 모디파이어의 소유자로). 또는 토큰 투표로 결정해 거버너로 실행하고, 타임락의 취소자로 그 기구를 넣으세요.',
      },
    ),
  snapshot: (node, context) =>
    onFailure('snapshot', context) ?? {
      part: 'vote',
      node,
      // A basic vote whose quorum counts Against votes only: reaching it blocks the proposal.
      voting: {
        type: 'basic',
        delay: 0,
        period: node.params.window,
        periodField: 'params.window',
        quorum: node.params.threshold,
        quorumField: 'params.threshold',
        quorumType: 'rejection',
        rejectsOnReaching: true,
        needsOnePerPerson: {
          message: {
            en: 'Snapshot would weigh each veto by voting power, but a veto counts members. Give the veto members or signers as voters.',
            ko: 'Snapshot은 거부를 투표권으로 가중하지만, 거부권은 구성원 수를 셉니다. 거부권의 투표자로 구성원이나 서명자를 연결하세요.',
          },
          field: 'params.threshold',
        },
        unsupported:
          node.params.window === 0
            ? [
                {
                  message: {
                    en: 'Snapshot votes always end, so a veto with no time limit cannot run on it.',
                    ko: 'Snapshot의 투표는 언제나 끝나므로, 기한 없는 거부권은 Snapshot에서 실행할 수 없습니다.',
                  },
                  field: 'params.window',
                },
              ]
            : [],
      },
    },
  gardens: () =>
    cannot('gardens', veto, {
      en: `To deploy on Gardens, remove the veto: a pool pays what passes by conviction. To keep a veto, decide by a token vote whose Execute's executor is the governor (OpenZeppelin): ${cancellers.en}`,
      ko: `Gardens에 배포하려면 거부권을 없애세요: 풀은 확신 투표로 가결된 것을 지급합니다. 거부권을 유지하려면 실행 주체가 거버너(OpenZeppelin)인 토큰 투표로 결정하세요: ${cancellers.ko}`,
    }),
};
