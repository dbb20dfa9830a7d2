import { koreanParticle } from '../../format/korean-particle.ts';
import type { Localized } from '../node-kind.ts';
import type { TargetName } from '../target-name.ts';
import type { TargetRefusal } from '../target-support.ts';
import { refuse } from './refuse.ts';
import { targetTitles } from './target-titles.ts';

/** A refusal that starts by naming the target: "`title` cannot run `what`." */
export function cannot(target: TargetName, what: Localized, instead: Localized): TargetRefusal {
  const title = targetTitles[target];
  return refuse(
    {
      en: `${title.en} cannot run ${what.en}.`,
      ko: `${koreanParticle(title.ko, '은', '는')} ${koreanParticle(what.ko, '을', '를')} 실행할 수 없습니다.`,
    },
    instead,
  );
}
