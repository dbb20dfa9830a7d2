import { describe, expect, it } from 'vitest';
import { type CharterDocument, compile, lintDocument } from '../../compiler/index.ts';
import { buildGuidedDocument } from '../../src/documents/guided/build-guided-document.ts';
import { choices, type GuidedAnswers } from '../../src/documents/guided/guided-answers.ts';
import { runsSomewhere, whyNotHere } from '../../src/documents/guided/why-not-here.ts';

const addresses = [
  '0x4c729619D87Dc79c37253B101c185F622Cf88244',
  '0xFFb373dCcc2ECA51363de61f5AECF50BaF1b705C',
  '0x0ec66175392B82Db9F4315c9388F98D03d9AB92A',
];

/** What the founder fills in after the guided start: the token, the addresses, the budget. */
function filledIn(document: CharterDocument): CharterDocument {
  const fill: Record<string, Record<string, unknown>> = {
    'token-holders': {
      token: {
        name: 'Acme',
        symbol: 'ACME',
        decimals: 18,
        totalSupply: '1000000',
        address: '0x00ec76Ecf3F85aa2bbBa64CaA3a55c75e9df669E',
      },
    },
    signers: { signers: addresses },
    members: { members: addresses },
    'budget-split': { budget: '1000', asset: { symbol: 'USDC', decimals: 6 } },
  };
  return {
    ...document,
    nodes: document.nodes.map((node) =>
      fill[node.kind] ? ({ ...node, params: { ...node.params, ...fill[node.kind] } } as typeof node) : node,
    ),
  };
}

const targetOf = { governor: 'openzeppelin', aragon: 'aragon', safe: 'safe', snapshot: 'snapshot' } as const;

function* everyAnswer(): Generator<GuidedAnswers> {
  for (const deciding of choices.deciding)
    for (const deciders of choices.deciders)
      for (const preset of choices.preset)
        for (const speed of choices.speed)
          for (const where of choices.where) yield { deciding, deciders, preset, speed, where };
}

describe('guided start', () => {
  it('builds, for every answer it allows, rules that its chosen target can run, once the founder fills them in', () => {
    let allowed = 0;
    for (const answers of everyAnswer()) {
      if (whyNotHere(answers, answers.where)) continue;
      allowed++;
      const built = filledIn(buildGuidedDocument(answers, 'Rules'));
      const result = compile(built);
      const label = JSON.stringify(answers);
      expect(result.ok, label).toBe(true);
      if (!result.ok) continue;
      const target = result.config.targets[targetOf[answers.where]]!;
      expect({ label, verdict: target.verdict, problems: target.problems }).toEqual({
        label,
        verdict: 'supported',
        problems: [],
      });
    }
    expect(allowed).toBeGreaterThan(40);
  });

  it('whatever is being decided and by whom, some rule preset runs somewhere', () => {
    for (const deciding of choices.deciding)
      for (const deciders of choices.deciders)
        expect(
          choices.preset.some((preset) => runsSomewhere({ deciding, deciders, preset, speed: 'week' })),
          `${deciding} by ${deciders}`,
        ).toBe(true);
  });

  it('"4% quorum like Uniswap" on the governor: 4% of supply, For and Abstain counted, a timelock before execution', () => {
    const built = buildGuidedDocument(
      { deciding: 'treasury', deciders: 'token', preset: 'uniswap', speed: 'week', where: 'governor' },
      'Rules',
    );
    const result = compile(filledIn(built));
    if (!result.ok) throw new Error('does not compile');
    const governor = (
      result.config.targets.openzeppelin!.parameters.governors as Record<string, unknown>[]
    )[0]!;
    expect(JSON.stringify(governor)).toContain('"quorumNumerator":"4"');
    // The linter has nothing to say about a treasury that waits in a timelock.
    expect(lintDocument(filledIn(built)).diagnostics.map((d) => d.code)).not.toContain('no-timelock');
  });

  it('before the founder fills anything in, Problems asks for what only they know', () => {
    const built = buildGuidedDocument(
      { deciding: 'treasury', deciders: 'signers', preset: 'majority', speed: 'days', where: 'safe' },
      'Rules',
    );
    const errors = lintDocument(built).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.nodeId)).toContain('voters');
  });
});
