// The Preview's scenario (its JSON editor and Run, and `charter simulate --lang ko`) names a bad field in Korean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../compiler/index.ts';

const hangul = /[\uac00-\ud7a3]/;

function problems(json: string, language: 'en' | 'ko'): string[] {
  const read = readScenario(json, 1, language);
  if (read.ok) throw new Error('the scenario was accepted');
  return read.problems;
}

const proposal = { type: 'x' };

describe('a refused scenario in Korean', () => {
  it('names a number out of range, with the range', () => {
    const json = JSON.stringify({ seed: 1, turnout: 2, proposals: [proposal] });
    expect(problems(json, 'en')).toEqual(['turnout must be a number from 0 to 1']);
    expect(problems(json, 'ko')).toEqual(['turnout 값이 올바르지 않습니다. 필요한 값: 0 이상 1 이하의 수']);
  });

  it('names an unknown field and the fields there are', () => {
    const [ko] = problems(JSON.stringify({ seed: 1, turnot: 0.5, proposals: [proposal] }), 'ko');
    expect(ko).toMatch(/^scenario\.turnot은 시나리오 필드가 아닙니다 \(가능한 필드: .*turnout/);
  });

  it('says text that is not JSON, and more whales than holders', () => {
    expect(problems('{', 'ko')[0]).toMatch(/^시나리오가 JSON이 아닙니다: /);
    const whales = {
      seed: 1,
      proposals: [proposal],
      defaultElectorate: { distribution: 'whales', holders: 3, whales: 5, whaleShare: '20' },
    };
    expect(problems(JSON.stringify(whales), 'ko')).toEqual([
      'defaultElectorate.whales 값이 올바르지 않습니다. 필요한 값: 0 이상 3(보유자 수) 이하의 정수',
    ]);
  });

  it('is Korean for any JSON it refuses', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const read = readScenario(JSON.stringify(value), 1, 'ko');
        if (read.ok) return;
        for (const problem of read.problems) {
          expect(problem).toMatch(hangul);
          expect(problem).not.toMatch(/\b(must be|is required|is not)\b/);
        }
      }),
    );
  });
});

describe('a scenario naming what the rules do not have, in Korean', () => {
  it('names the electorate and stage, and what there is', async () => {
    const { readFileSync } = await import('node:fs');
    const { compile, unknownScenarioIds } = await import('../../compiler/index.ts');
    const compiled = compile(
      JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8')),
    );
    if (!compiled.ok) throw new Error('the template does not compile');
    const scenario = {
      seed: 1,
      proposals: [{ type: 'x' }],
      electorates: { ghost: { distribution: 'equal', holders: 3 } },
      stage: 'later',
    };
    const read = readScenario(JSON.stringify(scenario), 1, 'ko');
    if (!read.ok) throw new Error(read.message);
    const ids = compiled.config.electorates.map((electorate) => electorate.id).join(', ');
    expect(unknownScenarioIds(compiled.config, read.scenario, 'ko')).toEqual([
      `시나리오가 모델링한 투표자 "ghost"는 설정에 없습니다(있는 투표자: ${ids}).`,
      '시나리오의 단계 "later"는 설정의 단계가 아닙니다(있는 단계: 없음).',
    ]);
    expect(unknownScenarioIds(compiled.config, read.scenario, 'en')[0]).toMatch(
      /^The scenario models electorate "ghost"/,
    );
  });
});
