// The bicameral-veto template on OpenZeppelin: with its Execute by the governor, a Governor refuses exactly what it
// would run differently (its sourced 76 % bar, quorum counting every vote, 3 of 10 citizens to veto), and with those
// changed it deploys, the Citizens' House as the TimelockController's cancellers for the veto's week.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';

type Target = {
  verdict: string;
  parameters: { governors: any[] };
  problems: { nodeId: string; template: string }[];
};

const template = () =>
  JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/bicameral-veto.charter.json', import.meta.url), 'utf8'),
  );
const node = (document: any, id: string) => document.nodes.find((candidate: any) => candidate.id === id);

function openzeppelin(document: unknown): Target {
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config.targets.openzeppelin as unknown as Target;
}

describe('bicameral-veto on OpenZeppelin', () => {
  it('as published, nothing runs on a Governor: the Security Council executes by a Safe', () => {
    expect(openzeppelin(template()).verdict).toBe('not-applicable');
  });

  it("executed by the governor, it is refused for its veto alone: the House's 76 % and all-votes quorum are settings", () => {
    const document = template();
    node(document, 'run').params.executor = 'governor';
    const target = openzeppelin(document);
    expect(target.verdict).toBe('unsupported');
    expect(target.problems.map((problem) => [problem.nodeId, problem.template]).sort()).toEqual([
      ['veto', 'oz.veto-threshold'],
    ]);
  });

  it("with those three changed, the Citizens' House is the TimelockController's cancellers for the veto's week", () => {
    const document = template();
    node(document, 'run').params.executor = 'governor';
    Object.assign(node(document, 'house').params, { supportThreshold: '50', quorumCounts: 'for+abstain' });
    node(document, 'veto').params.threshold = { count: 1 };
    const target = openzeppelin(document);
    expect(target.verdict).toBe('supported');
    const [governor] = target.parameters.governors;
    // Hand-checked: 604,800 s is the template's one-week window; the ten addresses are its Citizens' House list.
    expect(governor.timelockController.minDelay).toBe('604800');
    expect(governor.timelockController.cancellers).toEqual(node(document, 'citizens').params.members);
    expect(governor.governor.quorumNumerator).toBe('30');
    expect(governor.governor.votingPeriod).toBe(String(604800 / 2)); // 7 days of 2 s OP Mainnet blocks
  });
});
