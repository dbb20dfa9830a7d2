import { koreanParticle } from '../../format/korean-particle.ts';
import type { TargetName } from '../target-name.ts';
import type { TargetContext, TargetRefusal } from '../target-support.ts';
import { refuse } from './refuse.ts';
import { targetTitles } from './target-titles.ts';

/**
 * The refusal for a decision whose paths lead on from a failure exit (`failed`, `vetoed`): every target runs what
 * passes, never what is rejected. Undefined when the paths leave by passing exits only.
 */
export function onFailure(target: TargetName, context: TargetContext): TargetRefusal | undefined {
  const exit = context.exits.find((candidate) => candidate.role === 'failed' || candidate.role === 'vetoed');
  if (!exit) return undefined;
  const title = targetTitles[target];
  return refuse(
    {
      en: `${title.en} runs what a decision passes, never what it rejects, and here the path leads on from its "${exit.port}" exit.`,
      ko: `${koreanParticle(title.ko, '은', '는')} 가결된 것만 실행하며 부결된 것은 실행하지 않는데, 여기서는 "${exit.port}" 출구에서 경로가 이어집니다.`,
    },
    {
      en: 'Connect the passing exit to the execution, and end the failing exit in Reject.',
      ko: '가결 출구를 실행에 연결하고, 부결 출구는 거절로 끝내세요.',
    },
  );
}
