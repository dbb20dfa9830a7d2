// The output panel's words for the aave-v3 template's Governor parameters, in both languages, checked against Aave
// Governance v3's own numbers (scripts/Governance/Deploy_Governance.s.sol, Level_1: yesThreshold 320_000 ether,
// yesNoDifferential 80_000 ether; scripts/Payloads/Deploy_PayloadsController.s.sol: LVL1_DELAY 1 days;
// PayloadsControllerCore.GRACE_PERIOD 7 days).
import { describe, expect, it } from 'vitest';
import { valueMeaning } from '../../src/panels/output/value-meaning.ts';
import { meaningContext, templateGovernors } from './output-meaning.ts';

const { config, governors } = templateGovernors('aave-v3');
const item = governors.find((entry) => entry.vote === 'vote-1')!;

async function meanings(language: 'en' | 'ko') {
  const context = await meaningContext(config, item, language);
  const governor = item.governor as Record<string, string>;
  const timelock = item.timelockController as Record<string, string | string[]>;
  return {
    forThreshold: valueMeaning(['governor', 'forThreshold'], governor.forThreshold, context),
    forMargin: valueMeaning(['governor', 'forMargin'], governor.forMargin, context),
    minDelay: valueMeaning(['timelockController', 'minDelay'], timelock.minDelay, context),
    gracePeriod: valueMeaning(['timelockController', 'gracePeriod'], timelock.gracePeriod, context),
    executor: valueMeaning(['timelockController', 'executors', '0'], timelock.executors![0], context),
  };
}

describe("the output panel's words for Aave's rules on a Governor", () => {
  it('emits them in base units: 320,000 and 80,000 AAVE of 18 decimals, 1 day, 7 days, the Governor executing', () => {
    expect(item.governor).toMatchObject({
      forThreshold: `320000${'0'.repeat(18)}`,
      forMargin: `80000${'0'.repeat(18)}`,
    });
    expect(item.timelockController).toMatchObject({
      minDelay: '86400',
      gracePeriod: '604800',
      executors: ['governor'],
    });
  });

  it('say them in English', async () => {
    expect(await meanings('en')).toEqual({
      forThreshold: 'For must be more than 320,000 AAVE',
      forMargin: 'For must lead Against by more than 80,000 AAVE',
      minDelay: '1 day between queueing and execution',
      gracePeriod: 'a queued proposal not executed within 7 days after its delay expires',
      executor:
        'the Governor alone executes on the timelock, so that it can refuse an expired proposal (anyone may call its execute)',
    });
  });

  it('say them in Korean', async () => {
    expect(await meanings('ko')).toEqual({
      forThreshold: '찬성이 320,000 AAVE보다 많아야 함',
      forMargin: '찬성이 반대보다 80,000 AAVE 넘게 많아야 함',
      minDelay: '대기열에 올린 뒤 실행까지 1일',
      gracePeriod: '대기 중인 제안을 지연 뒤 7일 안에 실행하지 않으면 만료',
      executor:
        '만료된 제안을 거부할 수 있도록 타임락에서는 거버너만 실행함(거버너의 execute는 누구나 부를 수 있음)',
    });
  });
});
