// A rule the simulator refuses to run (a 100% support threshold, which no vote can exceed) reaches the Preview with
// its template, so the Korean interface says it in Korean.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, diagnosticText, readScenario, simulate } from '../../compiler/index.ts';
import { workerFailure } from '../../src/workers/worker-failure.ts';

function refusal() {
  const document = JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'));
  document.nodes.find((node: { id: string }) => node.id === 'vote').params.supportThreshold = '100';
  const compiled = compile(document);
  if (!compiled.ok) throw new Error('the rules do not compile');
  const read = readScenario(JSON.stringify({ seed: 1, proposals: [{ type: 'treasury-transfer' }] }));
  if (!read.ok) throw new Error(read.message);
  try {
    simulate(compiled.config, read.scenario);
  } catch (error) {
    // As the worker posts it: plain data.
    return structuredClone(workerFailure(error));
  }
  throw new Error('the simulation ran');
}

describe('a refused simulation', () => {
  it('says why in English and in Korean', () => {
    const failure = refusal();
    expect(failure.reason).toBe('refused');
    expect(diagnosticText(failure, 'en')).toBe('A support threshold of 100% can never be met.');
    expect(diagnosticText(failure, 'ko')).toBe(
      '필요한 찬성 비율 100%는 넘을 수 없는 값입니다. 100보다 작게 하세요.',
    );
  });
});
