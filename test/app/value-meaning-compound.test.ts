// The output panel's words for CharterCompoundGovernor's parameters, in both languages, checked against the
// compound-governor template's own numbers (400,000 COMP of For alone, a 2-day delay, a 14-day grace period).
import { describe, expect, it } from 'vitest';
import { valueMeaning } from '../../src/panels/output/value-meaning.ts';
import { meaningContext, templateGovernors } from './output-meaning.ts';

const { config, governors } = templateGovernors('compound-governor');
const item = governors[0]!;

async function meanings(language: 'en' | 'ko') {
  const context = await meaningContext(config, item, language);
  const governor = item.governor as Record<string, string>;
  const timelock = item.compoundTimelock as Record<string, string>;
  return {
    quorumCounts: valueMeaning(['governor', 'quorumCounts'], governor.quorumCounts, context),
    fixedQuorum: valueMeaning(['governor', 'fixedQuorum'], governor.fixedQuorum, context),
    quorumNumerator: valueMeaning(['governor', 'quorumNumerator'], governor.quorumNumerator, context),
    supportNumerator: valueMeaning(['governor', 'supportNumerator'], governor.supportNumerator, context),
    delay: valueMeaning(['compoundTimelock', 'delay'], timelock.delay, context),
    gracePeriod: valueMeaning(['compoundTimelock', 'gracePeriod'], timelock.gracePeriod, context),
  };
}

describe("the output panel's words for Compound's rules", () => {
  it('say them in English', async () => {
    expect(await meanings('en')).toEqual({
      quorumCounts: 'votes counted toward quorum: For',
      fixedQuorum: 'a fixed quorum of 400,000 COMP (For), whatever the supply',
      quorumNumerator: 'none: the quorum is a fixed amount',
      supportNumerator: '50 / 100 → For must be more than 50% of For + Against',
      delay: '2 days between queueing and execution',
      gracePeriod: 'a queued proposal not executed within 14 days after its delay expires',
    });
  });

  it('say them in Korean', async () => {
    expect(await meanings('ko')).toEqual({
      quorumCounts: '정족수에 세는 표: 찬성',
      fixedQuorum: '공급량과 상관없이 고정된 정족수 400,000 COMP (찬성)',
      quorumNumerator: '없음: 정족수가 고정된 양입니다',
      supportNumerator: '50 / 100 → 찬성이 찬반 합계의 50%를 넘어야 함',
      delay: '대기열에 올린 뒤 실행까지 2일',
      gracePeriod: '대기 중인 제안을 지연 뒤 14일 안에 실행하지 않으면 만료',
    });
  });
});
