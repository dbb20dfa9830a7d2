// The output panel's words for Arbitrum's quorum on the reference Governor, in both languages, checked against the
// arbitrum-dao template's treasury numbers (40% of the delegated ARB less the exclude address, 100M–300M ARB).
import { describe, expect, it } from 'vitest';
import { valueMeaning } from '../../src/panels/output/value-meaning.ts';
import { meaningContext, templateGovernors } from './output-meaning.ts';

const { config, governors } = templateGovernors('arbitrum-dao');
const item = governors[0]!;

async function meanings(language: 'en' | 'ko') {
  const context = await meaningContext(config, item, language);
  const governor = item.governor as Record<string, string | string[]>;
  const at = (key: string) => valueMeaning(['governor', key], governor[key], context);
  return {
    quorumNumerator: at('quorumNumerator'),
    quorumOf: at('quorumOf'),
    quorumMinimum: at('quorumMinimum'),
    quorumMaximum: at('quorumMaximum'),
    excluded: valueMeaning(
      ['governor', 'quorumExcluded', '0'],
      (governor.quorumExcluded as string[])[0],
      context,
    ),
  };
}

describe("the output panel's words for Arbitrum's quorum", () => {
  it('say them in English', async () => {
    expect(await meanings('en')).toEqual({
      quorumNumerator: '40 / 100 → 40% of the delegated supply, rounded down (For + Abstain)',
      quorumOf:
        "the quorum's base is the token's total delegation at the snapshot (getTotalDelegationAt), not its supply",
      quorumMinimum: 'the quorum is never below 100,000,000 ARB',
      quorumMaximum: 'the quorum is never above 300,000,000 ARB',
      excluded: "its votes at the snapshot come out of the quorum's base (0 at the least)",
    });
  });

  it('say them in Korean', async () => {
    expect(await meanings('ko')).toEqual({
      quorumNumerator: '40 / 100 → 위임된 공급량의 40%, 내림 (찬성 + 기권)',
      quorumOf: '정족수의 기준은 공급량이 아니라 스냅숏 시점에 위임된 토큰 총량(getTotalDelegationAt)',
      quorumMinimum: '정족수는 100,000,000 ARB 아래로 내려가지 않음',
      quorumMaximum: '정족수는 300,000,000 ARB 위로 올라가지 않음',
      excluded: '스냅숏 시점의 이 주소 투표권을 정족수 기준에서 뺌(최소 0)',
    });
  });
});
